/* abi_sdk.h -- the LibreOffice SDK's binary-UNO C headers, made compilable as C.
 *
 * include/typelib/typedescription.h (LibreOffice 7.4 and later) ends with C++-only inline helpers
 * outside any #ifdef __cplusplus, written as `inline bool f(_typelib_TypeClass)`. In C, `bool`
 * needs <stdbool.h> and the enum tag needs `enum`; the define below turns the tag into the
 * typedef name once typeclass.h has declared it. Nothing in tests/abi calls those helpers.
 * Build with -DLINUX on Linux; on Windows the build puts an overlay for sal/types.h and
 * sal/typesizes.h before the SDK on the include path. */
#ifndef ABI_SDK_H
#define ABI_SDK_H

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

#endif
