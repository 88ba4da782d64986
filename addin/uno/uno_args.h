/* uno_args.h — Calc's `any` arguments as the core's sg_value, converted without judging them and
 * without copying text: every rule about blanks, text and ranges lives in the core. */
#ifndef SGA_UNO_ARGS_H
#define SGA_UNO_ARGS_H

#include "sensesgap.h"
#include "uno_runtime.h"

/* Cells held inside the argument itself; larger ranges go to the heap. Thresholds, the five
 * realities of an account and single values all fit. */
#define SGA_INLINE_CELLS 8

/* One argument as the core reads it. Text and range cells point into the caller's uno_Any, which
 * outlives the call. */
typedef struct sga_arg {
    sg_value value;
    sg_value *heap_cells;
    sg_value inline_cells[SGA_INLINE_CELLS];
} sga_arg;

typedef enum sga_arg_status {
    SGA_ARG_OK,
    SGA_ARG_UNSUPPORTED, /* a kind Calc never sends: a ragged or nested array, an object, ... */
    SGA_ARG_NO_MEMORY    /* a range too large for the memory available */
} sga_arg_status;

/* Reads any into arg. On any status, sga_arg_release must follow. */
sga_arg_status sga_arg_read(sga_arg *arg, const uno_Any *any);

/* Frees what sga_arg_read allocated. */
void sga_arg_release(sga_arg *arg);

#endif
