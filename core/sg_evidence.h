/* sg_evidence.h — evidence grades A/B/C, the Untrusted flag and a reality's status text.
 *
 * A: triangulated evidence; B: partial; C: internal opinion. A gap resting on C evidence, or on
 * evidence not rated yet, is Untrusted (whitepaper section 6).
 */
#ifndef SG_EVIDENCE_H
#define SG_EVIDENCE_H

#include "sg_band.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum sg_evidence {
    SG_EVIDENCE_A = 0,
    SG_EVIDENCE_B,
    SG_EVIDENCE_C,
    SG_EVIDENCE_NONE /* not rated yet */
} sg_evidence;

/* Reads a grade: A, B or C in any case, surrounding spaces ignored. An empty cell, 0 or empty
 * text gives SG_EVIDENCE_NONE with SG_OK; other text or numbers give SG_ERR_EVIDENCE. */
sg_status sg_evidence_read(const sg_value *arg, sg_evidence *evidence);

/* UNTRUSTED: *untrusted = 1 for C or no rating, 0 for A and B. */
sg_status sg_untrusted(const sg_value *evidence, int *untrusted);

/* REALITYSTATUS: the band of org - customer, flagged Untrusted for C or unrated evidence.
 * SG_BLANK when a score is not assessed; errors in any argument win over blanks. */
sg_status sg_reality_status(const sg_value *org, const sg_value *customer, const sg_value *evidence,
                            const sg_value *thresholds, sg_band *band, int *untrusted);

/* The fixed status text: the band, with " and Untrusted" appended when untrusted. */
const char *sg_status_text(sg_band band, int untrusted);

#ifdef __cplusplus
}
#endif

#endif
