/* noop.c — the bench-only C floor: a binary-UNO add-in whose functions return a constant without
 * looking at their arguments, built on the very object, factory and dispatcher code the shipped
 * add-in uses (addin/uno/). `make bench` prices the sensesgap functions against it. Never shipped:
 * it lives in its own extension, build/bench/noop-c.oxt. */
#include "uno_component.h"

/* The no-op methods, named like XCNoop.idl's, with the real functions' result types. */
static int call(const rtl_uString *member, void *pReturn, void *pArgs[], const sga_exception *exc)
{
    (void)pArgs;
    (void)exc;
    if (sga_ustring_is(member, "cnoopGap")) {          /* any, as SCOREGAP */
        sga_return_any_number(pReturn, 1.0);
    } else if (sga_ustring_is(member, "cnoopBand") ||  /* string, as GAPBAND */
               sga_ustring_is(member, "cnoopStatus")) { /* string, as REALITYSTATUS */
        rtl_uString *s = sga_static_string("Watch");
        sga_return_string(pReturn, s);
        rtl_uString_release(s);
    } else if (sga_ustring_is(member, "cnoopFlag")) {  /* double, as UNTRUSTED */
        *(double *)pReturn = 0.0;
    } else {
        return 0;
    }
    return 1;
}

const sga_component sga_this_component = {"org.sensesgap.bench.CNoopImpl",
                                          "org.sensesgap.bench.CNoop",
                                          "org.sensesgap.bench.XCNoop", call};
