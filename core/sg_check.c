#include "sg_check.h"

#include <assert.h>

#include "sg_band.h"
#include "sg_evidence.h"
#include "sg_score.h"

/* The sentence for a score that sg_score_read refused; who is "Org score" or "Customer score". */
static const char *score_problem(sg_status status, int org)
{
    if (status == SG_ERR_SHAPE)
        return org ? "Org score must be one cell, not a range"
                   : "Customer score must be one cell, not a range";
    return org ? "Org score must be a number from 1 to 5"
               : "Customer score must be a number from 1 to 5";
}

sg_status sg_reality_check(const sg_value *org, const sg_value *customer, const sg_value *evidence,
                           const char **problem)
{
    assert(org != NULL && customer != NULL && evidence != NULL && problem != NULL);
    if (org->kind == SG_OMITTED || customer->kind == SG_OMITTED || evidence->kind == SG_OMITTED)
        return SG_ERR_MISSING;
    double score;
    sg_evidence grade;
    sg_status s;
    *problem = "";
    if (sg_status_is_error(s = sg_score_read(org, &score)))
        *problem = score_problem(s, 1);
    else if (sg_status_is_error(s = sg_score_read(customer, &score)))
        *problem = score_problem(s, 0);
    else if ((s = sg_evidence_read(evidence, &grade)) != SG_OK)
        *problem = s == SG_ERR_SHAPE ? "Evidence must be one cell, not a range"
                                     : "Evidence must be A, B or C";
    return SG_OK;
}

/* The sentence for the first threshold cell that is not a number, or NULL when all three are. */
static const char *unreadable_threshold(const sg_value *cells, double t[3])
{
    static const char *const names[3] = {
        "Aligned up to must be a number above 0",
        "Watch up to must be a number",
        "Material up to must be a number",
    };
    for (int i = 0; i < 3; i++) {
        double x;
        if (sg_read_number(&cells[i], 0, &x) != SG_OK)
            return names[i];
        t[i] = sg_snap(x);
    }
    return NULL;
}

sg_status sg_thresholds_check(const sg_value *thresholds, const char **problem)
{
    assert(thresholds != NULL && problem != NULL);
    if (thresholds->kind == SG_OMITTED)
        return SG_ERR_MISSING;
    sg_thresholds accepted;
    *problem = "";
    if (sg_thresholds_read(thresholds, &accepted) == SG_OK)
        return SG_OK;
    /* The reader refused: find the first reason, in the order a person fixes them. */
    if (thresholds->kind != SG_RANGE || !((thresholds->rows == 1 && thresholds->cols == 3) ||
                                          (thresholds->rows == 3 && thresholds->cols == 1))) {
        *problem = "Thresholds must be three cells in one row or one column";
        return SG_OK;
    }
    double t[3];
    const char *unreadable = unreadable_threshold(thresholds->cells, t);
    if (unreadable != NULL)
        *problem = unreadable;
    else if (!(t[0] > 0.0))
        *problem = "Aligned up to must be above 0";
    else if (!(t[1] > t[0]))
        *problem = "Watch up to must be larger than Aligned up to";
    else
        *problem = "Material up to must be larger than Watch up to";
    return SG_OK;
}
