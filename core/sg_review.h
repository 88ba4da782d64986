/* sg_review.h — the governance rhythm: why an account is reviewed, and when the next review is due.
 *
 * Whitepaper section 7: "quarterly for stable strategic accounts; monthly during renewal,
 * significant delivery or recovery periods; immediately following a major incident, leadership
 * change or material shift in the customer's direction." A review held because of such an event
 * is the immediate one; the account is then in a period of change, so the next review follows a
 * month later. Reason words are a contract stored in users' files: never reword them.
 *
 * Dates are Calc's serial day numbers (day 1 is 1899-12-31, so 1900-03-01 is day 61); a time of
 * day is ignored.
 */
#ifndef SG_REVIEW_H
#define SG_REVIEW_H

#include "sg_value.h"

#ifdef __cplusplus
extern "C" {
#endif

typedef enum sg_review_reason {
    SG_REVIEW_QUARTERLY = 0,   /* "Quarterly": a stable strategic account */
    SG_REVIEW_RENEWAL,         /* "Renewal" */
    SG_REVIEW_DELIVERY,        /* "Delivery": a significant delivery period */
    SG_REVIEW_RECOVERY,        /* "Recovery" */
    SG_REVIEW_POST_INCIDENT,   /* "Post-incident": after a major incident */
    SG_REVIEW_LEADERSHIP,      /* "Leadership change" */
    SG_REVIEW_DIRECTION,       /* "Direction change": a material shift in the customer's direction */
    SG_REVIEW_REASON_COUNT
} sg_review_reason;

#define SG_DATE_MAX 2958465.0 /* 9999-12-31, the last day Calc shows */

/* The fixed English word of a reason, e.g. "Leadership change". */
const char *sg_review_reason_text(sg_review_reason reason);

/* Months until the next review after one held for this reason: 3 for Quarterly, 1 otherwise. */
int sg_review_months(sg_review_reason reason);

/* Reads a reason: one of the words above, in any case, surrounding spaces ignored. SG_BLANK for
 * an empty cell or empty text; SG_ERR_REASON for anything else. */
sg_status sg_review_reason_read(const sg_value *arg, sg_review_reason *reason);

/* Adds months to a serial date as a calendar does: the day is kept, or becomes the month's last
 * day when the month is shorter (Jan 31 + 1 month = Feb 28, or Feb 29 in a leap year).
 * SG_ERR_RANGE when the date or the result is outside 1 .. SG_DATE_MAX. */
sg_status sg_add_months(double serial, int months, double *result);

/* NEXTREVIEW: the date the next review is due, from the last review's date and its reason.
 * SG_BLANK when either is empty (no review recorded yet); SG_ERR_RANGE for a date outside
 * 1 .. SG_DATE_MAX; SG_ERR_REASON for an unknown reason. */
sg_status sg_next_review(const sg_value *last_review, const sg_value *reason, double *due);

#ifdef __cplusplus
}
#endif

#endif
