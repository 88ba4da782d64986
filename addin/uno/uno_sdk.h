/* uno_sdk.h — LibreOffice's binary-UNO C headers, made compilable as C.
 *
 * typelib/typedescription.h (7.4 and later) ends with C++-only inline helpers outside any
 * #ifdef __cplusplus that spell `bool` and the enum tag `_typelib_TypeClass`: <stdbool.h> gives
 * `bool`, and the define below turns the tag into the typedef name once typeclass.h defined it.
 * Nothing here calls those helpers.
 */
#ifndef SGA_UNO_SDK_H
#define SGA_UNO_SDK_H

#include <stdbool.h>

#include <typelib/typeclass.h>
#ifndef __cplusplus
#define _typelib_TypeClass typelib_TypeClass
#endif
#include <rtl/alloc.h>
#include <rtl/ustring.h>
#include <typelib/typedescription.h>
#include <uno/any2.h>
#include <uno/data.h>
#include <uno/dispatcher.h>
#include <uno/environment.h>
#include <uno/sequence2.h>

/* The two symbols the shared-library loader looks up must be exported by plain C name. */
#if defined _WIN32
#define SGA_EXPORT __declspec(dllexport)
#else
#define SGA_EXPORT __attribute__((visibility("default")))
#endif

#endif
