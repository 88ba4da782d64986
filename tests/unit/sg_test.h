/* sg_test.h — helpers shared by the core's cmocka test programs. */
#ifndef SG_TEST_H
#define SG_TEST_H

#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include <cmocka.h>

#include "sensesgap.h"

/* An sg_value holding a UTF-16 string literal, e.g. TXT(u"3.5"). */
#define TXT(s) sg_text((s), sizeof(s) / sizeof(sg_char) - 1)
/* A one-column range of the given cells. */
#define COLUMN(arr) sg_range((arr), sizeof(arr) / sizeof((arr)[0]), 1)
/* A one-row range of the given cells. */
#define ROW(arr) sg_range((arr), 1, sizeof(arr) / sizeof((arr)[0]))

/* Doubles compared bit for bit: the point of these tests is that results are exact. */
#define assert_double_exact(a, b) assert_true(memcmp(&(double){(a)}, &(double){(b)}, sizeof(double)) == 0)

#endif
