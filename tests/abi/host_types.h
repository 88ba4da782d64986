/* host_types.h -- the exception types a component raises, as the host's cppu knows them. */
#ifndef ABI_HOST_TYPES_H
#define ABI_HOST_TYPES_H

/* A bare C process has no type manager, so LibreOffice's real cppu knows no exception type until
 * someone registers it. Registers com.sun.star.uno.Exception, RuntimeException and
 * IllegalArgumentException with their members; the real typelib computes the layout. Only built
 * with ABI_REAL_CPPU: the stub cppu knows them already. */
void types_register_exceptions(void);

/* Checks the layout of the three exception types: sizes and member offsets, identical for the
 * real cppu and the stub on every 64-bit platform. */
void types_check_layouts(void);

#endif
