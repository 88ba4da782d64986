#include "sg_score.h"

#include <assert.h>
#include <math.h>

static const char *const score_labels[5] = {
    "Materially failing the customer's reality",
    "Weak and creating visible concern",
    "Acceptable but fragile",
    "Strong and broadly trusted",
    "Demonstrably creating recognised value",
};

sg_status sg_score_read(const sg_value *arg, double *score)
{
    assert(arg != NULL && score != NULL);
    return sg_read_bounded(arg, 1, SG_SCORE_MIN, SG_SCORE_MAX, score);
}

sg_status sg_score_gap(const sg_value *org, const sg_value *customer, double *gap)
{
    assert(org != NULL && customer != NULL && gap != NULL);
    double o = 0.0, c = 0.0;
    sg_status s = sg_status_worst(sg_score_read(org, &o), sg_score_read(customer, &c));
    if (s != SG_OK)
        return s;
    *gap = sg_snap(o - c);
    return SG_OK;
}

sg_status sg_score_label(const sg_value *score, const char **label)
{
    assert(score != NULL && label != NULL);
    double x;
    sg_status s = sg_score_read(score, &x);
    if (s != SG_OK)
        return s;
    *label = score_labels[(int)floor(x) - 1];
    return SG_OK;
}
