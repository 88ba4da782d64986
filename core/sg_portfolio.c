#include "sg_portfolio.h"

#include <math.h>

#include "sg_band.h"
#include "sg_review.h"

sg_status sg_mean_gap(const sg_value *gaps, double *mean)
{
    size_t count;
    const sg_value *cells = sg_line_cells(gaps, &count);
    if (!cells)
        return SG_ERR_SHAPE;
    /* Neumaier's compensated sum: the mean of many gaps keeps the exact sum's value. */
    double sum = 0.0, compensation = 0.0;
    size_t scored = 0;
    for (size_t i = 0; i < count; i++) {
        if (cells[i].kind == SG_TEXT && sg_text_is_blank(cells[i].text, cells[i].length))
            continue;
        double gap;
        sg_status status = sg_gap_read(&cells[i], &gap);
        if (status != SG_OK)
            return status;
        double t = sum + gap;
        compensation += fabs(sum) >= fabs(gap) ? (sum - t) + gap : (gap - t) + sum;
        sum = t;
        scored++;
    }
    if (scored == 0)
        return SG_BLANK;
    *mean = (sum + compensation) / (double)scored;
    return SG_OK;
}

/* A Calc serial day the rhythm can hold. */
static int valid_day(double day)
{
    return isfinite(day) && day >= 1.0 && day <= SG_DATE_MAX;
}

sg_status sg_review_overdue(double due, double today, int *overdue)
{
    if (!valid_day(due) || !valid_day(today))
        return SG_ERR_RANGE;
    *overdue = floor(due) < floor(today);
    return SG_OK;
}
