/* math.h for the macOS build without Apple's SDK: the declarations the core uses. floor and
 * powl come from libSystem (libSystem.tbd); the rest are compiler builtins. */
#ifndef SGA_MACOS_MATH_H
#define SGA_MACOS_MATH_H
double floor(double x);
long double powl(long double x, long double y);
#define fabs(x) __builtin_fabs(x)
#define copysign(x, y) __builtin_copysign(x, y)
#define isfinite(x) __builtin_isfinite(x)
#define isnan(x) __builtin_isnan(x)
#define HUGE_VAL __builtin_huge_val()
#define INFINITY __builtin_inff()
#define NAN __builtin_nanf("")
#endif
