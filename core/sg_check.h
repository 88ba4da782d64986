/* sg_check.h — what is wrong with a reality's inputs, or with the thresholds, in words.
 *
 * Calc cannot show an add-in's error message (a cell shows only Err:502), so these functions turn
 * the rules of sg_score.h, sg_evidence.h and sg_band.h into one plain sentence that a sheet can
 * show beside the inputs: the first problem found, or "" when the inputs are valid. They agree
 * with the readers they explain: the sentence is "" exactly when those readers accept the input.
 * The sentences are ASCII and static.
 */
#ifndef SG_CHECK_H
#define SG_CHECK_H

#include "sg_value.h"

#ifdef __cplusplus
extern "C" {
#endif

/* REALITYCHECK: the first problem of one reality's org score, customer score and evidence, in
 * that order ("Org score must be a number from 1 to 5", ...), or "". Blank inputs are not a
 * problem: they mean not scored or not rated yet. Returns SG_ERR_MISSING only when an argument is
 * omitted from the formula; otherwise SG_OK with *problem set. */
sg_status sg_reality_check(const sg_value *org, const sg_value *customer, const sg_value *evidence,
                           const char **problem);

/* THRESHOLDCHECK: the first problem of a thresholds argument (three ascending gap sizes for
 * Aligned, Watch and Material, the first above 0), naming the threshold at fault, or "".
 * Returns SG_ERR_MISSING when the argument is omitted; otherwise SG_OK with *problem set. */
sg_status sg_thresholds_check(const sg_value *thresholds, const char **problem);

#ifdef __cplusplus
}
#endif

#endif
