/* uno_runtime.h — what every binary-UNO call of the component needs: the UNO types it names,
 * results built the binary-UNO way, and exceptions raised through the dispatcher's out-parameter.
 *
 * Binary-UNO rules kept here (uno/dispatcher.h): a result is constructed in the caller's raw
 * memory only on success; on failure an exception any is constructed in the memory the caller
 * passed in *ppException and handed back, and the result is left alone.
 */
#ifndef SGA_UNO_RUNTIME_H
#define SGA_UNO_RUNTIME_H

#include "uno_layout.h"
#include "uno_sdk.h"

/* The type references and strings the component uses, created once by sga_runtime_init. */
typedef struct sga_uno_types {
    typelib_TypeDescriptionReference *xinterface, *functions, *xtypeprovider, *xserviceinfo,
        *xfactory, *t_double, *t_string, *seq_seq_any, *seq_type, *seq_string, *seq_byte;
    typelib_TypeDescription *illegal_argument, *runtime_exception;
    rtl_uString *empty, *implementation_name, *service_name;
} sga_uno_types;

extern sga_uno_types sga_uno;

/* Creates the types and strings once (thread-safe). Returns non-zero when everything exists;
 * zero when the office lacks a type, in which case the component must not hand out objects. */
int sga_runtime_init(const char *implementation_name, const char *service_name,
                     const char *interface_name);

/* Where one dispatcher call reports an exception: the caller's *ppException slot and the raw
 * memory it pointed at when the call began. */
typedef struct sga_exception {
    uno_Any **slot;
    uno_Any *memory;
} sga_exception;

/* Takes over the dispatcher's exception slot and marks the call successful until a raise. */
sga_exception sga_exception_begin(uno_Any **ppException);

/* Raises com.sun.star.lang.IllegalArgumentException: Calc shows Err:502. */
void sga_raise_illegal_argument(const sga_exception *exc, const char *message);

/* Raises com.sun.star.uno.RuntimeException: Calc shows #VALUE! (Err:519). */
void sga_raise_runtime(const sga_exception *exc, const char *message);

/* Results, constructed in the dispatcher's raw return memory. */
void sga_return_any_number(void *ret, double number);
void sga_return_any_string(void *ret, rtl_uString *string);
void sga_return_string(void *ret, rtl_uString *string);

/* An acquired string for static ASCII text (band words and the like), cached by the text's
 * address so that the hot path does not build the same few strings on every call. */
rtl_uString *sga_static_string(const char *ascii);

/* Non-zero when the UTF-16 string equals the ASCII text. Every call's dispatch compares member
 * names, so this stays an inline loop here instead of a call into sal. */
int sga_ustring_is(const rtl_uString *string, const char *ascii);

#endif
