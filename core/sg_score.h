/* sg_score.h — organisation and customer scores (1-5), the gap between them, and the scale text. */
#ifndef SG_SCORE_H
#define SG_SCORE_H

#include "sg_value.h"

#ifdef __cplusplus
extern "C" {
#endif

#define SG_SCORE_MIN 1.0
#define SG_SCORE_MAX 5.0

/* Reads a score: a number (or number as text) from 1 to 5, decimals allowed, noise removed.
 * SG_BLANK for an empty cell, 0 or empty text; SG_ERR_RANGE outside 1-5; other errors as
 * sg_read_number. */
sg_status sg_score_read(const sg_value *arg, double *score);

/* gap = org - customer, rounded to 10 decimals so that an exact gap on paper is exact here.
 * Errors in either score win over a blank in the other; otherwise a blank gives SG_BLANK. */
sg_status sg_score_gap(const sg_value *org, const sg_value *customer, double *gap);

/* The whitepaper's text for the whole point at or below the score (3.5 -> "Acceptable but
 * fragile"); *label is a static string. Statuses as sg_score_read. */
sg_status sg_score_label(const sg_value *score, const char **label);

#ifdef __cplusplus
}
#endif

#endif
