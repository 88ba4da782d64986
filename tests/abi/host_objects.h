/* host_objects.h -- the factory and function object as LibreOffice's service manager and Calc
 * see them: queryInterface, XSingleComponentFactory, XTypeProvider and XServiceInfo. */
#ifndef ABI_HOST_OBJECTS_H
#define ABI_HOST_OBJECTS_H

#include "abi_sdk.h"

/* A stand-in for the component context passed to createInstance*: it counts the references and
 * calls it gets, so the host can tell whether the component balanced them. */
typedef struct context_probe {
    uno_Interface iface; /* first: the probe is passed as this interface */
    long references;
    long calls;
} context_probe;

void context_probe_init(context_probe *probe);

/* Creates the member descriptions the checks use; objects_free gives them back. */
void objects_describe(void);
void objects_free(void);

/* Checks the factory's queryInterface answers. */
void objects_check_factory(uno_Interface *factory);

/* createInstanceWithContext: returns the new object (NULL when none came back). */
uno_Interface *objects_create(uno_Interface *factory, context_probe *context);

/* createInstanceWithArgumentsAndContext with no arguments, then the release of that second
 * object: checks it is a new object (not first) and that its one release frees it. */
void objects_check_second_instance(uno_Interface *factory, context_probe *context,
                                   const uno_Interface *first);

/* Checks the function object's queryInterface, XTypeProvider and XServiceInfo answers. */
void objects_check_function_object(uno_Interface *object);

#endif
