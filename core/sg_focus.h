/* sg_focus.h — which reality of an account to act on first. */
#ifndef SG_FOCUS_H
#define SG_FOCUS_H

#include <stddef.h>

#include "sg_band.h"

#ifdef __cplusplus
extern "C" {
#endif

/* FOCUSREALITY over three ranges of equal length, each one row or one column (a single value
 * counts as a 1x1 range): the realities' names, their gaps and their evidence grades.
 * Among the scored realities (gap not blank) that need attention — not Aligned, or resting on C
 * or unrated evidence — picks the most severe band (Critical > Material > Watch > Opportunity >
 * Aligned), then the weakest evidence (C or unrated, B, A), then the largest gap size, then the
 * first listed. Writes its 0-based position to *index; sg_line_cells(realities, ...)[*index] is
 * its name, always non-blank text on SG_OK. SG_BLANK when no reality needs attention
 * (or none is scored); SG_ERR_SHAPE for ranges of other shapes; SG_ERR_NAME when the chosen
 * reality's name is not text. */
sg_status sg_focus_reality(const sg_value *realities, const sg_value *gaps, const sg_value *evidence,
                           const sg_value *thresholds, size_t *index);

#ifdef __cplusplus
}
#endif

#endif
