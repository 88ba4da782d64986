/* host.c -- the ABI test host: loads a sensesgap component library (argv[1]) and drives it exactly
 * as LibreOffice's component loader and Calc's core reflection do over binary UNO, then checks
 * that every reference it took is given back. Prints a transcript that must be byte-identical on
 * every platform, ending with "N passed, N failed"; exits 0 only when nothing failed.
 *
 * Linux: built against LibreOffice's real libuno_sal/libuno_cppu (ABI_REAL_CPPU), x86_64 natively
 * and aarch64 under qemu. Windows: built against the stub sal3.dll/cppu3.dll, run under wine. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#if defined _WIN32
#include <windows.h>
#else
#include <dlfcn.h>
#endif

#include "abi_sdk.h"
#include "host_functions.h"
#include "host_memory.h"
#include "host_objects.h"
#include "host_report.h"
#include "host_types.h"

#define IMPLEMENTATION_NAME "org.sensesgap.FunctionsImpl"
#define MANY_CALLS 1000000 /* scoreGap calls in the leak check */
#define CASE_ROUNDS 2000   /* rounds of every case in the leak check */
#define WARM_UP_CALLS 1000 /* scoreGap calls before measuring starts */
#define WARM_UP_ROUNDS 10  /* rounds of every case before measuring starts */

typedef void(SAL_CALL *environment_function)(const char **, uno_Environment **);
typedef void *(SAL_CALL *factory_function)(const char *, void *, void *);

/* Loads the library as the component loader does (symbols kept local to it). */
static void *library_open(const char *path)
{
#if defined _WIN32
    char windows_path[1024];
    text_format(windows_path, sizeof windows_path, "%s", path);
    for (char *p = windows_path; *p; p++)
        if (*p == '/')
            *p = '\\'; /* LoadLibrary wants backslashes */
    SetErrorMode(SEM_FAILCRITICALERRORS | SEM_NOOPENFILEERRORBOX);
    return (void *)LoadLibraryA(windows_path);
#else
    void *library = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (!library)
        fprintf(stderr, "host: %s\n", dlerror());
    return library;
#endif
}

/* The address of an exported function, copied into *function (ISO C has no cast from an object
 * pointer to a function pointer). Returns whether it was found. */
static int library_function(void *library, const char *name, void *function, size_t size)
{
#if defined _WIN32
    FARPROC symbol = GetProcAddress((HMODULE)library, name);
#else
    void *symbol = dlsym(library, name);
#endif
    if (!symbol)
        return 0;
    memcpy(function, &symbol, size);
    return 1;
}

/* component_getImplementationEnvironment and component_getFactory, as the loader calls them.
 * Returns the factory (acquired) or NULL. */
static uno_Interface *check_loader(void *library)
{
    environment_function get_environment = NULL;
    factory_function get_factory = NULL;
    int found = library_function(library, "component_getImplementationEnvironment",
                                 &get_environment, sizeof get_environment) &
                library_function(library, "component_getFactory", &get_factory,
                                 sizeof get_factory);
    report_expect("exports component_getImplementationEnvironment and component_getFactory",
                  found ? "yes" : "no", "yes");
    if (!found)
        return NULL;

    const char *environment = NULL;
    get_environment(&environment, NULL);
    char actual[128];
    text_format(actual, sizeof actual, "\"%s\"", environment ? environment : "(null)");
    report_expect("component_getImplementationEnvironment", actual, "\"uno\"");

    void *wrong = get_factory("org.sensesgap.NoSuchImpl", NULL, NULL);
    report_expect("component_getFactory(\"org.sensesgap.NoSuchImpl\")", wrong ? "a factory" : "null",
                  "null");
    uno_Interface *factory = get_factory(IMPLEMENTATION_NAME, NULL, NULL);
    report_expect("component_getFactory(\"" IMPLEMENTATION_NAME "\")",
                  factory ? "a factory" : "null", "a factory");
    return factory;
}

/* Calls scoreGap(4; 2.5) count times; returns how many did not return any double 1.5. */
static long call_score_gap(uno_Interface *object, long count)
{
    const method *score_gap = functions_method("scoreGap");
    const value org = ARG_NUM(4), customer = ARG_NUM(2.5);
    uno_Any anys[2];
    value_to_any(&anys[0], &org);
    value_to_any(&anys[1], &customer);
    void *args[2] = {&anys[0], &anys[1]};
    long wrong = 0;
    for (long i = 0; i < count; i++) {
        return_slot ret;
        outcome out;
        if (!call_method(object, score_gap, &ret, args, &out)) {
            wrong++;
            continue;
        }
        if (ret.any.pType->eTypeClass != typelib_TypeClass_DOUBLE || *(double *)ret.any.pData != 1.5)
            wrong++;
        uno_any_destruct(&ret.any, NULL);
    }
    uno_any_destruct(&anys[0], NULL);
    uno_any_destruct(&anys[1], NULL);
    return wrong;
}

/* Checks that repetitions left no allocation of the component's and (nearly) no heap behind. */
static void check_left_behind(long live_growth, long long heap_growth, long long repetitions,
                              const char *repetition)
{
    char actual[128], expected[128];
    text_format(actual, sizeof actual, "%ld", live_growth);
    report_expect("component allocations left behind", actual, "0");
    text_format(expected, sizeof expected, "below one unit per %s", repetition);
    if (heap_growth < repetitions)
        text_format(actual, sizeof actual, "%s", expected);
    else
        text_format(actual, sizeof actual, "%lld units over %lld %ss", heap_growth, repetitions,
                    repetition);
    report_expect("heap growth", actual, expected);
}

/* A million scoreGap calls with valid arguments, then every case many more times: nothing may
 * leak. The component's own allocations are counted exactly; strings, anys and sequences through
 * the heap in use (bytes of the C library on Linux, live blocks of the stubs on Windows), which
 * a leak of even one block per call, or per round of cases, grows by at least one unit each
 * time. Measuring starts after a warm-up, once caches (cppu's, the C library's) are filled. */
static void check_many_calls(uno_Interface *object)
{
    report_heading("many calls");
    long wrong = call_score_gap(object, WARM_UP_CALLS);
    long live_before = memory_live_allocations();
    long long heap_before = memory_heap_units();
    wrong += call_score_gap(object, MANY_CALLS);
    long long heap_growth = memory_heap_units() - heap_before;
    long live_growth = memory_live_allocations() - live_before;
    char label[128], actual[128];
    text_format(label, sizeof label, "%d more scoreGap(4; 2.5) calls", MANY_CALLS);
    text_format(actual, sizeof actual, wrong ? "%ld not any double 1.5" : "every one any double 1.5",
                wrong);
    report_expect(label, actual, "every one any double 1.5");
    check_left_behind(live_growth, heap_growth, MANY_CALLS, "call");

    long mismatches = functions_repeat_cases(object, WARM_UP_ROUNDS);
    live_before = memory_live_allocations();
    heap_before = memory_heap_units();
    mismatches += functions_repeat_cases(object, CASE_ROUNDS);
    heap_growth = memory_heap_units() - heap_before;
    live_growth = memory_live_allocations() - live_before;
    text_format(label, sizeof label, "every case %d more times", WARM_UP_ROUNDS + CASE_ROUNDS);
    text_format(actual, sizeof actual, mismatches ? "%ld unexpected outcomes" : "same outcomes",
                mismatches);
    report_expect(label, actual, "same outcomes");
    check_left_behind(live_growth, heap_growth, CASE_ROUNDS, "round");
}

/* The final releases, as the service manager and Calc give their references back, and the check
 * that the component freed everything it allocated. */
static void check_final_release(uno_Interface *object, uno_Interface *factory, long live_with_object,
                                const context_probe *context)
{
    report_heading("final release");
    char actual[64];
    text_format(actual, sizeof actual, "%ld", memory_live_allocations() - live_with_object);
    report_expect("component allocations besides the object's, before the final release", actual,
                  "0");
    if (object)
        object->release(object);
    factory->release(factory);
    text_format(actual, sizeof actual, "%ld", memory_live_allocations());
    report_expect("live allocations after final release", actual, "0");
    text_format(actual, sizeof actual, "%ld", context->references - 1);
    report_expect("context references the component still holds", actual, "0");
    text_format(actual, sizeof actual, "%ld", context->calls);
    report_expect("calls the component made on the context", actual, "0");
}

int main(int argc, char **argv)
{
    if (argc != 2) {
        fprintf(stderr, "usage: host COMPONENT-LIBRARY\n");
        return 2;
    }
#if defined ABI_REAL_CPPU
    types_register_exceptions();
#endif
    printf("ABI test: a sensesgap component over binary UNO\n");
    report_heading("cppu");
    types_check_layouts();

    report_heading("loading");
    void *library = library_open(argv[1]);
    report_expect("load the component library", library ? "loaded" : "failed", "loaded");
    uno_Interface *factory = library ? check_loader(library) : NULL;
    if (!factory)
        return report_summary() ? 1 : 0;

    objects_describe();
    functions_describe();
    context_probe context;
    context_probe_init(&context);

    objects_check_factory(factory);
    uno_Interface *object = objects_create(factory, &context);
    long live_with_object = memory_live_allocations();
    objects_check_second_instance(factory, &context, object);
    if (object) {
        objects_check_function_object(object);
        functions_run_cases(object);
        functions_check_version(object);
        functions_check_out_of_memory(object);
        check_many_calls(object);
    }
    check_final_release(object, factory, live_with_object, &context);

    functions_free();
    objects_free();
    return report_summary() ? 1 : 0;
}
