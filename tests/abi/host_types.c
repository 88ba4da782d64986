/* host_types.c -- registering and checking the exception types (host_types.h). */
#include "host_types.h"

#include "abi_sdk.h"
#include "host_report.h"
#include "host_uno.h"

#if defined ABI_REAL_CPPU
/* Registers one exception type with the real typelib; member types and names come in pairs. */
static void register_exception(const char *name, const char *base, int member_count,
                               const char *const *members)
{
    typelib_CompoundMember_Init init[2];
    for (int i = 0; i < member_count; i++) {
        typelib_TypeDescriptionReference *type = type_named(members[2 * i]);
        init[i].eTypeClass = type->eTypeClass;
        init[i].pTypeName = NULL;
        init[i].pMemberName = NULL;
        rtl_uString_newFromAscii(&init[i].pTypeName, members[2 * i]);
        rtl_uString_newFromAscii(&init[i].pMemberName, members[2 * i + 1]);
        typelib_typedescriptionreference_release(type);
    }
    typelib_TypeDescriptionReference *base_type = NULL;
    if (base)
        typelib_typedescriptionreference_newByAsciiName(&base_type, typelib_TypeClass_EXCEPTION,
                                                        base);
    rtl_uString *type_name = NULL;
    rtl_uString_newFromAscii(&type_name, name);
    typelib_TypeDescription *description = NULL;
    typelib_typedescription_new(&description, typelib_TypeClass_EXCEPTION, type_name, base_type,
                                member_count, init);
    typelib_typedescription_register(&description);
    typelib_typedescription_release(description);
    rtl_uString_release(type_name);
    if (base_type)
        typelib_typedescriptionreference_release(base_type);
    for (int i = 0; i < member_count; i++) {
        rtl_uString_release(init[i].pTypeName);
        rtl_uString_release(init[i].pMemberName);
    }
}

void types_register_exceptions(void)
{
    /* Members need their types described first: this call also creates XInterface's. */
    (void)typelib_static_type_getByTypeClass(typelib_TypeClass_INTERFACE);
    static const char *const exception_members[] = {"string", "Message",
                                                    "com.sun.star.uno.XInterface", "Context"};
    static const char *const illegal_argument_members[] = {"short", "ArgumentPosition"};
    register_exception("com.sun.star.uno.Exception", NULL, 2, exception_members);
    register_exception("com.sun.star.uno.RuntimeException", "com.sun.star.uno.Exception", 0, NULL);
    register_exception("com.sun.star.lang.IllegalArgumentException",
                       "com.sun.star.uno.RuntimeException", 1, illegal_argument_members);
}
#endif

/* Appends " Name@offset" for every member, the base's first. */
static void members_append(char *buf, size_t size, const typelib_CompoundTypeDescription *d)
{
    if (d->pBaseTypeDescription)
        members_append(buf, size, d->pBaseTypeDescription);
    for (sal_Int32 i = 0; i < d->nMembers; i++) {
        text_append(buf, size, " ");
        for (sal_Int32 k = 0; k < d->ppMemberNames[i]->length; k++)
            text_append(buf, size, "%c", (char)d->ppMemberNames[i]->buffer[k]);
        text_append(buf, size, "@%d", (int)d->pMemberOffsets[i]);
    }
}

/* Checks one exception type's size and member offsets against the expected text. */
static void check_layout(const char *name, const char *expected)
{
    rtl_uString *type_name = NULL;
    rtl_uString_newFromAscii(&type_name, name);
    typelib_TypeDescription *description = NULL;
    typelib_typedescription_getByName(&description, type_name);
    rtl_uString_release(type_name);
    char label[160], actual[256];
    text_format(label, sizeof label, "layout of %s", name);
    if (!description) {
        report_expect(label, "unknown type", expected);
        return;
    }
    text_format(actual, sizeof actual, "size %d:", (int)description->nSize);
    members_append(actual, sizeof actual, (typelib_CompoundTypeDescription *)description);
    typelib_typedescription_release(description);
    report_expect(label, actual, expected);
}

void types_check_layouts(void)
{
    check_layout("com.sun.star.uno.Exception", "size 16: Message@0 Context@8");
    check_layout("com.sun.star.uno.RuntimeException", "size 16: Message@0 Context@8");
    check_layout("com.sun.star.lang.IllegalArgumentException",
                 "size 24: Message@0 Context@8 ArgumentPosition@16");
}
