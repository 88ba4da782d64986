/* sg_band.h — gap bands, thresholds, the account's band and the gap's trend.
 *
 * Bands for a gap g and thresholds t1 < t2 < t3 (default 0.5, 1.0, 1.5):
 *   Opportunity g < -t1 · Aligned -t1 <= g <= t1 · Watch <= t2 · Material <= t3 · Critical above.
 * Band texts are a contract stored in users' files: never reword or localise them.
 */
#ifndef SG_BAND_H
#define SG_BAND_H

#include "sg_value.h"

#ifdef __cplusplus
extern "C" {
#endif

/* Ordered by severity, least severe first, so that a larger value is more severe. */
typedef enum sg_band {
    SG_BAND_ALIGNED = 0,
    SG_BAND_OPPORTUNITY,
    SG_BAND_WATCH,
    SG_BAND_MATERIAL,
    SG_BAND_CRITICAL
} sg_band;

typedef struct sg_thresholds {
    double t[3];
} sg_thresholds;

#define SG_GAP_LIMIT 4.0        /* scores are 1-5, so a gap lies within -4..4 */
#define SG_TREND_TOLERANCE 0.25 /* default tolerance of sg_gap_trend */

/* The fixed English text of a band, e.g. "Watch". */
const char *sg_band_text(sg_band band);

/* The default thresholds 0.5, 1.0, 1.5. */
sg_thresholds sg_thresholds_default(void);

/* Reads optional thresholds: omitted gives the default; otherwise exactly 3 numbers in one row or
 * one column (range or inline array), strictly ascending, t1 > 0, finite; else SG_ERR_THRESHOLDS. */
sg_status sg_thresholds_read(const sg_value *arg, sg_thresholds *out);

/* Reads a gap: a number from -4 to 4, noise removed. SG_BLANK for empty text (an empty result of
 * SCOREGAP); a single empty cell arrives as 0 and reads as the gap 0. */
sg_status sg_gap_read(const sg_value *arg, double *gap);

/* The band of a gap already read by sg_gap_read. */
sg_band sg_band_of(double gap, const sg_thresholds *thresholds);

/* GAPBAND: the band of a gap argument under optional thresholds. */
sg_status sg_gap_band(const sg_value *gap, const sg_value *thresholds, sg_band *band);

/* ACCOUNTBAND: the most severe band among the scored gaps of a range (blanks skipped);
 * SG_BLANK when nothing is scored. Any invalid cell makes the result an error. */
sg_status sg_account_band(const sg_value *gaps, const sg_value *thresholds, sg_band *band);

typedef enum sg_trend { SG_TREND_STABLE = 0, SG_TREND_WIDENING, SG_TREND_NARROWING } sg_trend;

/* The fixed English text of a trend: "Stable", "Widening" or "Narrowing". */
const char *sg_trend_text(sg_trend trend);

/* GAPTREND: Widening when |current| - |previous| > tolerance, Narrowing when < -tolerance, else
 * Stable. Tolerance: omitted or empty text gives 0.25; otherwise 0 to 4. */
sg_status sg_gap_trend(const sg_value *previous, const sg_value *current,
                       const sg_value *tolerance, sg_trend *trend);

#ifdef __cplusplus
}
#endif

#endif
