/* dispatch.c — Calc's calls to the sensesgap functions: each call is looked up in the function
 * table, its arguments become sg_values, the row's adapter calls the core, and the status becomes
 * the result or an exception. No rule of the method lives here.
 *
 *   SG_OK     the number or text, as the IDL result type says
 *   SG_BLANK  empty text ("not assessed yet")
 *   SG_ERR_*  IllegalArgumentException with the core's sentence: Calc shows Err:502
 *   no memory RuntimeException: Calc shows #VALUE!
 * A result is never NaN or infinite: such a number is raised as SG_ERR_OVERFLOW.
 */
#include <math.h>

#include "functions.h"
#include "uno/uno_args.h"
#include "uno/uno_component.h"

/* The table row whose method is called member, or NULL. */
static const sga_function *find_function(const rtl_uString *member)
{
    for (size_t i = 0; i < sga_function_count; ++i)
        if (sga_ustring_is(member, sga_functions[i].method))
            return &sga_functions[i];
    return NULL;
}

/* Raises the Err:502 exception for an invalid input, with the core's sentence. */
static void raise_status(const sga_exception *exc, sg_status status)
{
    static const char prefix[] = "sensesgap: ";
    char message[160];
    size_t n = 0;
    for (const char *p = prefix; *p != '\0'; ++p)
        message[n++] = *p;
    for (const char *p = sg_status_message(status); *p != '\0' && n + 1 < sizeof message; ++p)
        message[n++] = *p;
    message[n] = '\0';
    sga_raise_illegal_argument(exc, message);
}

/* An acquired string for a text result. */
static rtl_uString *text_of(const sga_result *r)
{
    if (r->kind == SGA_RESULT_ASCII)
        return sga_static_string(r->ascii);
    rtl_uString *s = NULL;
    rtl_uString_newFromStr_WithLength(&s, (const sal_Unicode *)r->text, (sal_Int32)r->length);
    return s;
}

/* Constructs the result of f from the adapter's status and result. */
static void deliver(const sga_function *f, sg_status status, const sga_result *r, void *pReturn,
                    const sga_exception *exc)
{
    if (status == SG_BLANK && f->result != SGA_DOUBLE) {
        if (f->result == SGA_ANY)
            sga_return_any_string(pReturn, sga_uno.empty);
        else
            sga_return_string(pReturn, sga_uno.empty);
        return;
    }
    if (status != SG_OK) {
        raise_status(exc, status == SG_BLANK ? SG_ERR_MISSING : status);
        return;
    }
    if (r->kind == SGA_RESULT_NUMBER) {
        const double x = r->number;
        if (!isfinite(x)) { /* Calc would show #NUM!, or a wrong number */
            raise_status(exc, SG_ERR_OVERFLOW);
        } else if (f->result == SGA_DOUBLE) {
            *(double *)pReturn = x;
        } else if (f->result == SGA_ANY) {
            sga_return_any_number(pReturn, x);
        } else {
            sga_raise_runtime(exc, "sensesgap: a number result for a text function");
        }
        return;
    }
    if (f->result == SGA_DOUBLE) {
        sga_raise_runtime(exc, "sensesgap: a text result for a number function");
        return;
    }
    rtl_uString *s = text_of(r);
    if (f->result == SGA_ANY)
        sga_return_any_string(pReturn, s);
    else
        sga_return_string(pReturn, s);
    rtl_uString_release(s);
}

/* Calls f with Calc's arguments. */
static void call_function(const sga_function *f, void *pReturn, void *pArgs[],
                          const sga_exception *exc)
{
    sga_arg args[SGA_MAX_PARAMS];
    const sg_value *values[SGA_MAX_PARAMS];
    sga_arg_status read = SGA_ARG_OK;
    size_t n = 0;
    for (; n < f->param_count && read == SGA_ARG_OK; ++n) {
        read = sga_arg_read(&args[n], (const uno_Any *)pArgs[n]);
        values[n] = &args[n].value;
    }
    if (read == SGA_ARG_NO_MEMORY) {
        sga_raise_runtime(exc, "sensesgap: range too large for the memory available");
    } else if (read == SGA_ARG_UNSUPPORTED) {
        sga_raise_illegal_argument(exc, "sensesgap: unsupported argument type");
    } else {
        sga_result result = {SGA_RESULT_NUMBER, 0.0, "", NULL, 0};
        sg_status status = f->call(values, &result);
        deliver(f, status, &result, pReturn, exc); /* text results point into the arguments */
    }
    while (n > 0)
        sga_arg_release(&args[--n]);
}

/* The component's own methods: every row of the function table. */
static int call(const rtl_uString *member, void *pReturn, void *pArgs[], const sga_exception *exc)
{
    const sga_function *f = find_function(member);
    if (f == NULL)
        return 0;
    call_function(f, pReturn, pArgs, exc);
    return 1;
}

const sga_component sga_this_component = {SGA_IMPLEMENTATION_NAME, SGA_SERVICE_NAME,
                                          SGA_INTERFACE_NAME, call};
