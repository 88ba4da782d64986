/* host_functions.h -- calling org.sensesgap.XFunctions as Calc's core reflection does. */
#ifndef ABI_HOST_FUNCTIONS_H
#define ABI_HOST_FUNCTIONS_H

#include "abi_sdk.h"
#include "host_cases.h"
#include "host_uno.h"

/* Creates the member descriptions of XFunctions; functions_free gives them back. */
void functions_describe(void);
void functions_free(void);

/* The description of one XFunctions method, by name. */
const method *functions_method(const char *name);

/* Calls every case of host_cases.c once on object, one transcript line each. */
void functions_run_cases(uno_Interface *object);

/* Calls every case rounds more times without printing; returns how many outcomes differed from
 * the expected ones. */
long functions_repeat_cases(uno_Interface *object, int rounds);

/* Runs memory_failure_case while the component's next rtl_allocateMemory fails. */
void functions_check_out_of_memory(uno_Interface *object);

/* Checks that sensesgapVersion() is a non-empty string of digits and dots (its value varies by
 * build, so the transcript does not show it). */
void functions_check_version(uno_Interface *object);

#endif
