/* uno_layout.h — compile-time proof that this compiler lays out every binary-UNO struct the
 * component touches exactly as LibreOffice's own build does on its 64-bit platforms (LP64 Linux
 * and macOS, LLP64 Windows x64 built with MSVC). A cross compiler that disagreed would corrupt
 * memory inside the user's office; this makes it fail to build instead. Included by every file of
 * the component, so it is checked for every target. */
#ifndef SGA_UNO_LAYOUT_H
#define SGA_UNO_LAYOUT_H

#include <stddef.h>

#include "uno_sdk.h"

#define SGA_LAYOUT(c) _Static_assert(c, #c)

SGA_LAYOUT(sizeof(void *) == 8);
SGA_LAYOUT(sizeof(sal_Int16) == 2 && sizeof(sal_Int32) == 4 && sizeof(sal_Int64) == 8);
SGA_LAYOUT(sizeof(sal_Unicode) == 2 && sizeof(sal_Bool) == 1 && sizeof(double) == 8);
SGA_LAYOUT(sizeof(typelib_TypeClass) == 4);
/* rtl_uString: refCount, length, buffer[] (packed to 4 on Windows) */
SGA_LAYOUT(offsetof(rtl_uString, refCount) == 0 && offsetof(rtl_uString, length) == 4);
SGA_LAYOUT(offsetof(rtl_uString, buffer) == 8 && sizeof(rtl_uString) == 12);
/* uno_Any: small values live in pReserved */
SGA_LAYOUT(offsetof(uno_Any, pType) == 0 && offsetof(uno_Any, pData) == 8);
SGA_LAYOUT(offsetof(uno_Any, pReserved) == 16 && sizeof(uno_Any) == 24);
/* uno_Interface: the first member of every object */
SGA_LAYOUT(offsetof(uno_Interface, acquire) == 0 && offsetof(uno_Interface, release) == 8);
SGA_LAYOUT(offsetof(uno_Interface, pDispatcher) == 16 && sizeof(uno_Interface) == 24);
/* uno_Sequence (sal_Sequence): ranges are sequences of row sequences */
SGA_LAYOUT(offsetof(uno_Sequence, nRefCount) == 0 && offsetof(uno_Sequence, nElements) == 4);
SGA_LAYOUT(offsetof(uno_Sequence, elements) == 8);
/* typelib_TypeDescriptionReference */
SGA_LAYOUT(offsetof(typelib_TypeDescriptionReference, nRefCount) == 0);
SGA_LAYOUT(offsetof(typelib_TypeDescriptionReference, eTypeClass) == 8);
SGA_LAYOUT(offsetof(typelib_TypeDescriptionReference, pTypeName) == 16);
SGA_LAYOUT(offsetof(typelib_TypeDescriptionReference, pType) == 24);
SGA_LAYOUT(sizeof(typelib_TypeDescriptionReference) == 48);
/* typelib_TypeDescription */
SGA_LAYOUT(offsetof(typelib_TypeDescription, eTypeClass) == 8);
SGA_LAYOUT(offsetof(typelib_TypeDescription, pTypeName) == 16);
SGA_LAYOUT(offsetof(typelib_TypeDescription, bComplete) == 48);
SGA_LAYOUT(offsetof(typelib_TypeDescription, nSize) == 52);
SGA_LAYOUT(offsetof(typelib_TypeDescription, pWeakRef) == 64);
SGA_LAYOUT(sizeof(typelib_TypeDescription) == 80);
/* typelib_InterfaceMemberTypeDescription: the dispatcher reads the member's name */
SGA_LAYOUT(offsetof(typelib_InterfaceMemberTypeDescription, nPosition) == 80);
SGA_LAYOUT(offsetof(typelib_InterfaceMemberTypeDescription, pMemberName) == 88);

#endif
