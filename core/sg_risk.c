#include "sg_risk.h"

#include <assert.h>
#include <float.h>
#include <math.h>

/* Reads an optional amount (max DBL_MAX) or probability (max 1): SG_BLANK when omitted or empty
 * text, else the number within [0, max]. */
static sg_status read_part(const sg_value *arg, double max, double *out)
{
    return arg->kind == SG_OMITTED ? SG_BLANK : sg_read_bounded(arg, 0, 0.0, max, out);
}

/* One value x probability term, and the value itself: both 0 when neither is given,
 * SG_ERR_PAIR when only one is. */
static sg_status read_term(const sg_value *value, const sg_value *probability, double *amount,
                           double *term)
{
    double v = 0.0, p = 0.0;
    sg_status sv = read_part(value, DBL_MAX, &v);
    sg_status sp = read_part(probability, 1.0, &p);
    sg_status worst = sg_status_worst(sv, sp);
    if (sg_status_is_error(worst))
        return worst;
    if (sv != sp)
        return SG_ERR_PAIR;
    *amount = v;
    *term = v * p;
    return SG_OK;
}

sg_status sg_value_at_risk(const sg_value *renewal, const sg_value *risk_probability,
                           const sg_value *expansion, const sg_value *displacement_probability,
                           const sg_value *avoidable_cost, double *value_at_risk)
{
    assert(renewal != NULL && risk_probability != NULL && expansion != NULL);
    assert(displacement_probability != NULL && avoidable_cost != NULL && value_at_risk != NULL);
    if (renewal->kind == SG_OMITTED || risk_probability->kind == SG_OMITTED)
        return SG_ERR_MISSING;
    double renewal_amount = 0.0, renewal_term = 0.0, expansion_amount = 0.0, expansion_term = 0.0;
    double cost = 0.0;
    sg_status s = read_term(renewal, risk_probability, &renewal_amount, &renewal_term);
    if (s != SG_OK)
        return s;
    s = read_term(expansion, displacement_probability, &expansion_amount, &expansion_term);
    if (s != SG_OK)
        return s;
    s = read_part(avoidable_cost, DBL_MAX, &cost);
    if (sg_status_is_error(s))
        return s;
    /* An unfilled row passes single empty cells, which arrive as 0: no amount at all is not
     * assessed (a probability times no amount adds nothing either). */
    if (renewal_amount == 0.0 && expansion_amount == 0.0 && cost == 0.0)
        return SG_BLANK;
    double total = renewal_term + expansion_term + cost;
    if (!isfinite(total))
        return SG_ERR_OVERFLOW;
    *value_at_risk = total;
    return SG_OK;
}
