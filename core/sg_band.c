#include "sg_band.h"

#include <assert.h>
#include <math.h>

const char *sg_band_text(sg_band band)
{
    switch (band) {
    case SG_BAND_ALIGNED: return "Aligned";
    case SG_BAND_OPPORTUNITY: return "Opportunity";
    case SG_BAND_WATCH: return "Watch";
    case SG_BAND_MATERIAL: return "Material";
    case SG_BAND_CRITICAL: return "Critical";
    }
    assert(0 && "unknown band");
    return "";
}

sg_thresholds sg_thresholds_default(void)
{
    sg_thresholds t = {{0.5, 1.0, 1.5}};
    return t;
}

sg_status sg_thresholds_read(const sg_value *arg, sg_thresholds *out)
{
    assert(arg != NULL && out != NULL);
    if (arg->kind == SG_OMITTED) {
        *out = sg_thresholds_default();
        return SG_OK;
    }
    if (arg->kind != SG_RANGE || !((arg->rows == 1 && arg->cols == 3) ||
                                   (arg->rows == 3 && arg->cols == 1)))
        return SG_ERR_THRESHOLDS;
    sg_thresholds t;
    for (int i = 0; i < 3; i++) {
        double x;
        if (sg_read_number(&arg->cells[i], 0, &x) != SG_OK)
            return SG_ERR_THRESHOLDS;
        t.t[i] = sg_snap(x);
    }
    if (!(t.t[0] > 0.0 && t.t[0] < t.t[1] && t.t[1] < t.t[2]))
        return SG_ERR_THRESHOLDS;
    *out = t;
    return SG_OK;
}

sg_status sg_gap_read(const sg_value *arg, double *gap)
{
    assert(arg != NULL && gap != NULL);
    return sg_read_bounded(arg, 0, -SG_GAP_LIMIT, SG_GAP_LIMIT, gap);
}

sg_band sg_band_of(double gap, const sg_thresholds *thresholds)
{
    assert(thresholds != NULL);
    const double *t = thresholds->t;
    if (gap < -t[0])
        return SG_BAND_OPPORTUNITY;
    if (gap <= t[0])
        return SG_BAND_ALIGNED;
    if (gap <= t[1])
        return SG_BAND_WATCH;
    if (gap <= t[2])
        return SG_BAND_MATERIAL;
    return SG_BAND_CRITICAL;
}

sg_status sg_gap_band(const sg_value *gap, const sg_value *thresholds, sg_band *band)
{
    assert(gap != NULL && thresholds != NULL && band != NULL);
    sg_thresholds t;
    double g = 0.0;
    sg_status s = sg_status_worst(sg_thresholds_read(thresholds, &t), sg_gap_read(gap, &g));
    if (s != SG_OK)
        return s;
    *band = sg_band_of(g, &t);
    return SG_OK;
}

sg_status sg_account_band(const sg_value *gaps, const sg_value *thresholds, sg_band *band)
{
    assert(gaps != NULL && thresholds != NULL && band != NULL);
    sg_thresholds t;
    sg_status s = sg_thresholds_read(thresholds, &t);
    if (s != SG_OK)
        return s;
    if (gaps->kind == SG_OMITTED)
        return SG_ERR_MISSING;
    const sg_value *cells = gaps->kind == SG_RANGE ? gaps->cells : gaps;
    size_t count = gaps->kind == SG_RANGE ? gaps->rows * gaps->cols : 1;
    int scored = 0;
    sg_band worst = SG_BAND_ALIGNED;
    for (size_t i = 0; i < count; i++) {
        double g;
        s = sg_gap_read(&cells[i], &g);
        if (s == SG_BLANK)
            continue;
        if (s != SG_OK)
            return s;
        sg_band b = sg_band_of(g, &t);
        if (!scored || b > worst)
            worst = b;
        scored = 1;
    }
    if (!scored)
        return SG_BLANK;
    *band = worst;
    return SG_OK;
}

const char *sg_trend_text(sg_trend trend)
{
    switch (trend) {
    case SG_TREND_STABLE: return "Stable";
    case SG_TREND_WIDENING: return "Widening";
    case SG_TREND_NARROWING: return "Narrowing";
    }
    assert(0 && "unknown trend");
    return "";
}

/* Reads GAPTREND's tolerance: omitted or blank text means the default. */
static sg_status tolerance_read(const sg_value *arg, double *tolerance)
{
    sg_status s = arg->kind == SG_OMITTED ? SG_BLANK
                                          : sg_read_bounded(arg, 0, 0.0, SG_GAP_LIMIT, tolerance);
    if (s != SG_BLANK)
        return s;
    *tolerance = SG_TREND_TOLERANCE;
    return SG_OK;
}

sg_status sg_gap_trend(const sg_value *previous, const sg_value *current,
                       const sg_value *tolerance, sg_trend *trend)
{
    assert(previous != NULL && current != NULL && tolerance != NULL && trend != NULL);
    double p = 0.0, c = 0.0, tol = 0.0;
    sg_status s = sg_status_worst(tolerance_read(tolerance, &tol),
                                  sg_status_worst(sg_gap_read(previous, &p),
                                                  sg_gap_read(current, &c)));
    if (s != SG_OK)
        return s;
    double change = sg_snap(fabs(c) - fabs(p));
    *trend = change > tol ? SG_TREND_WIDENING
           : change < -tol ? SG_TREND_NARROWING
           : SG_TREND_STABLE;
    return SG_OK;
}
