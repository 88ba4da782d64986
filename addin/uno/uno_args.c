/* uno_args.c — uno_Any to sg_value (uno_args.h). */
#include "uno_args.h"

#include <stdint.h>

/* sg_char and sal_Unicode are both UTF-16 code units: text is read in place. */
_Static_assert(sizeof(sg_char) == sizeof(sal_Unicode), "UTF-16 code units");

/* One scalar any as a value; returns 0 for a kind Calc does not send. Numbers of every width
 * are accepted, as C++'s `any >>= double` does. */
static int read_scalar(const uno_Any *any, sg_value *out)
{
    const void *data = any->pData;
    switch (any->pType->eTypeClass) {
    case typelib_TypeClass_VOID: *out = sg_omitted(); return 1;
    case typelib_TypeClass_BOOLEAN: *out = sg_number(*(const sal_Bool *)data ? 1.0 : 0.0); return 1;
    case typelib_TypeClass_BYTE: *out = sg_number(*(const sal_Int8 *)data); return 1;
    case typelib_TypeClass_SHORT: *out = sg_number(*(const sal_Int16 *)data); return 1;
    case typelib_TypeClass_UNSIGNED_SHORT: *out = sg_number(*(const sal_uInt16 *)data); return 1;
    case typelib_TypeClass_LONG: *out = sg_number(*(const sal_Int32 *)data); return 1;
    case typelib_TypeClass_UNSIGNED_LONG: *out = sg_number(*(const sal_uInt32 *)data); return 1;
    case typelib_TypeClass_FLOAT: *out = sg_number(*(const float *)data); return 1;
    case typelib_TypeClass_DOUBLE: *out = sg_number(*(const double *)data); return 1;
    case typelib_TypeClass_STRING: {
        const rtl_uString *s = *(rtl_uString *const *)data;
        *out = sg_text((const sg_char *)s->buffer, (size_t)s->length);
        return 1;
    }
    default: return 0;
    }
}

/* The rows of a sequence<sequence<any>>. */
static uno_Sequence *const *rows_of(const uno_Sequence *outer)
{
    return (uno_Sequence *const *)(const void *)outer->elements;
}

sga_arg_status sga_arg_read(sga_arg *arg, const uno_Any *any)
{
    arg->heap_cells = NULL;
    if (any->pType->eTypeClass != typelib_TypeClass_SEQUENCE)
        return read_scalar(any, &arg->value) ? SGA_ARG_OK : SGA_ARG_UNSUPPORTED;
    if (!typelib_typedescriptionreference_equals(any->pType, sga_uno.seq_seq_any))
        return SGA_ARG_UNSUPPORTED;
    const uno_Sequence *outer = *(uno_Sequence *const *)any->pData;
    const size_t n_rows = (size_t)outer->nElements;
    const size_t n_cols = n_rows > 0 ? (size_t)rows_of(outer)[0]->nElements : 0;
    if (n_cols != 0 && n_rows > SIZE_MAX / sizeof(sg_value) / n_cols)
        return SGA_ARG_NO_MEMORY;
    sg_value *cells = arg->inline_cells;
    if (n_rows * n_cols > SGA_INLINE_CELLS) {
        cells = rtl_allocateMemory(n_rows * n_cols * sizeof(sg_value));
        if (cells == NULL)
            return SGA_ARG_NO_MEMORY; /* Calc shows #VALUE!; never an abort inside the office */
        arg->heap_cells = cells;
    }
    size_t k = 0;
    for (size_t r = 0; r < n_rows; ++r) {
        const uno_Sequence *row = rows_of(outer)[r];
        if ((size_t)row->nElements != n_cols)
            return SGA_ARG_UNSUPPORTED;
        const uno_Any *cell = (const uno_Any *)(const void *)row->elements;
        for (size_t c = 0; c < n_cols; ++c, ++k)
            if (cell[c].pType->eTypeClass == typelib_TypeClass_SEQUENCE ||
                !read_scalar(&cell[c], &cells[k]))
                return SGA_ARG_UNSUPPORTED;
    }
    arg->value = sg_range(cells, n_rows, n_cols);
    return SGA_ARG_OK;
}

void sga_arg_release(sga_arg *arg)
{
    if (arg->heap_cells != NULL)
        rtl_freeMemory(arg->heap_cells);
    arg->heap_cells = NULL;
}
