#include "sg_evidence.h"

#include <assert.h>

#include "sg_score.h"

sg_status sg_evidence_read(const sg_value *arg, sg_evidence *evidence)
{
    assert(arg != NULL && evidence != NULL);
    const sg_value *v = sg_single(arg);
    if (v == NULL)
        return SG_ERR_SHAPE;
    switch (v->kind) {
    case SG_OMITTED:
        if (arg->kind != SG_RANGE)
            return SG_ERR_MISSING;
        *evidence = SG_EVIDENCE_NONE;
        return SG_OK;
    case SG_NUMBER:
        if (v->number != 0.0)
            return SG_ERR_EVIDENCE;
        *evidence = SG_EVIDENCE_NONE;
        return SG_OK;
    case SG_TEXT: {
        size_t i, end;
        sg_text_trim(v->text, v->length, &i, &end);
        if (i == end) {
            *evidence = SG_EVIDENCE_NONE;
            return SG_OK;
        }
        if (end - i != 1)
            return SG_ERR_EVIDENCE;
        switch (v->text[i]) {
        case u'A': case u'a': *evidence = SG_EVIDENCE_A; return SG_OK;
        case u'B': case u'b': *evidence = SG_EVIDENCE_B; return SG_OK;
        case u'C': case u'c': *evidence = SG_EVIDENCE_C; return SG_OK;
        default: return SG_ERR_EVIDENCE;
        }
    }
    default:
        return SG_ERR_SHAPE;
    }
}

sg_status sg_untrusted(const sg_value *evidence, int *untrusted)
{
    assert(evidence != NULL && untrusted != NULL);
    sg_evidence e;
    sg_status s = sg_evidence_read(evidence, &e);
    if (s != SG_OK)
        return s;
    *untrusted = e == SG_EVIDENCE_C || e == SG_EVIDENCE_NONE;
    return SG_OK;
}

sg_status sg_reality_status(const sg_value *org, const sg_value *customer, const sg_value *evidence,
                            const sg_value *thresholds, sg_band *band, int *untrusted)
{
    assert(band != NULL && untrusted != NULL);
    double gap = 0.0;
    int u = 0;
    sg_thresholds t;
    sg_status s = sg_status_worst(sg_thresholds_read(thresholds, &t),
                                  sg_status_worst(sg_untrusted(evidence, &u),
                                                  sg_score_gap(org, customer, &gap)));
    if (s != SG_OK)
        return s;
    *band = sg_band_of(gap, &t);
    *untrusted = u;
    return SG_OK;
}

const char *sg_status_text(sg_band band, int untrusted)
{
    static const char *const texts[5][2] = {
        {"Aligned", "Aligned and Untrusted"},
        {"Opportunity", "Opportunity and Untrusted"},
        {"Watch", "Watch and Untrusted"},
        {"Material", "Material and Untrusted"},
        {"Critical", "Critical and Untrusted"},
    };
    assert((int)band >= 0 && band <= SG_BAND_CRITICAL);
    return texts[band][untrusted ? 1 : 0];
}
