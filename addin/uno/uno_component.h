/* uno_component.h — a Calc add-in component in binary UNO: the factory the loader asks for, the
 * function object Calc calls, and the two symbols the shared-library loader looks up.
 *
 * The object implements XInterface, XTypeProvider (without it Calc's introspection finds no
 * methods and every function gives Err:504), XServiceInfo and the add-in's own interface, whose
 * methods go to the component's `call`. The factory implements XSingleComponentFactory.
 * Each library links exactly one sga_component definition: the add-in's (addin/dispatch.c), or
 * the bench's no-op floor.
 */
#ifndef SGA_UNO_COMPONENT_H
#define SGA_UNO_COMPONENT_H

#include "uno_runtime.h"

typedef struct sga_component {
    const char *implementation_name;
    const char *service_name;
    const char *interface_name;
    /* Handles a call to a method of interface_name, named member. Returns zero when member is not
     * one of them. pReturn and pArgs are the dispatcher's (uno/dispatcher.h). */
    int (*call)(const rtl_uString *member, void *pReturn, void *pArgs[],
                const sga_exception *exc);
} sga_component;

extern const sga_component sga_this_component;

#endif
