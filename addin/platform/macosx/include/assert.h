/* assert.h for the macOS build without Apple's SDK. The shipped library is built with NDEBUG:
 * no assert may fire inside the user's office. */
#ifndef SGA_MACOS_ASSERT_H
#define SGA_MACOS_ASSERT_H
#ifndef NDEBUG
#error "the add-in is shipped with NDEBUG: an assert must never abort the user's office"
#endif
#define assert(x) ((void)0)
#endif
