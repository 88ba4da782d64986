#include "sg_focus.h"

#include <assert.h>
#include <math.h>

#include "sg_evidence.h"

/* How weak a grade is: C or unrated 2, B 1, A 0. */
static int weakness(sg_evidence e)
{
    return e == SG_EVIDENCE_A ? 0 : e == SG_EVIDENCE_B ? 1 : 2;
}

sg_status sg_focus_reality(const sg_value *realities, const sg_value *gaps, const sg_value *evidence,
                           const sg_value *thresholds, size_t *index)
{
    assert(realities != NULL && gaps != NULL && evidence != NULL && thresholds != NULL);
    assert(index != NULL);
    sg_thresholds t;
    sg_status s = sg_thresholds_read(thresholds, &t);
    if (s != SG_OK)
        return s;
    if (realities->kind == SG_OMITTED || gaps->kind == SG_OMITTED || evidence->kind == SG_OMITTED)
        return SG_ERR_MISSING;
    size_t n_names = 0, n_gaps = 0, n_evidence = 0;
    const sg_value *names = sg_line_cells(realities, &n_names);
    const sg_value *gap_cells = sg_line_cells(gaps, &n_gaps);
    const sg_value *grade_cells = sg_line_cells(evidence, &n_evidence);
    if (names == NULL || gap_cells == NULL || grade_cells == NULL ||
        n_names != n_gaps || n_gaps != n_evidence)
        return SG_ERR_SHAPE;

    int found = 0;
    size_t best = 0;
    sg_band best_band = SG_BAND_ALIGNED;
    int best_weakness = 0;
    double best_size = 0.0;
    for (size_t i = 0; i < n_gaps; i++) {
        double g = 0.0;
        sg_evidence e = SG_EVIDENCE_NONE;
        sg_status gs = sg_gap_read(&gap_cells[i], &g);
        sg_status es = sg_evidence_read(&grade_cells[i], &e);
        s = sg_status_worst(es, gs);
        if (s == SG_BLANK)
            continue;
        if (s != SG_OK)
            return s;
        sg_band b = sg_band_of(g, &t);
        int w = weakness(e);
        if (b == SG_BAND_ALIGNED && w < 2)
            continue;
        double size = fabs(g);
        if (!found || b > best_band ||
            (b == best_band && (w > best_weakness ||
                                (w == best_weakness && size > best_size)))) {
            found = 1;
            best = i;
            best_band = b;
            best_weakness = w;
            best_size = size;
        }
    }
    if (!found)
        return SG_BLANK;
    const sg_value *name = &names[best];
    if (name->kind != SG_TEXT || sg_text_is_blank(name->text, name->length))
        return SG_ERR_NAME;
    *index = best;
    return SG_OK;
}
