/* sg_risk.h — value at risk (whitepaper section 7): an indicative figure, not a prediction.
 *
 *   value at risk = renewal value x risk probability
 *                 + expansion value x displacement probability + avoidable cost
 */
#ifndef SG_RISK_H
#define SG_RISK_H

#include "sg_value.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Money is a number >= 0, probabilities 0 to 1. Each value travels with its probability: both
 * omitted or empty text make that term 0, one without the other is SG_ERR_PAIR (a single empty
 * cell arrives as 0, a valid amount, so that case is not caught). An omitted or empty avoidable
 * cost is 0. SG_BLANK when nothing is assessed: every argument omitted, empty or 0 (an unfilled
 * row of single empty cells), except that a value with a 0 probability is an assessment, 0;
 * SG_ERR_OVERFLOW when the sum is not a
 * finite number. */
sg_status sg_value_at_risk(const sg_value *renewal, const sg_value *risk_probability,
                           const sg_value *expansion, const sg_value *displacement_probability,
                           const sg_value *avoidable_cost, double *value_at_risk);

#ifdef __cplusplus
}
#endif

#endif
