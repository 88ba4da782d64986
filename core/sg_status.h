/* sg_status.h — the one result contract of every sensesgap core function.
 *
 * Every public function returns an sg_status and writes its results through out-parameters only
 * when it returns SG_OK. SG_BLANK means "not assessed yet": the caller shows empty text.
 * Any SG_ERR_* means the input is invalid: the caller shows an error, never a number.
 */
#ifndef SG_STATUS_H
#define SG_STATUS_H

#ifdef __cplusplus
extern "C" {
#endif

typedef enum sg_status {
    SG_OK = 0,          /* result written to the out-parameters */
    SG_BLANK,           /* an input is not assessed yet: the result is empty text */
    SG_ERR_MISSING,     /* a required argument was omitted */
    SG_ERR_NOT_NUMBER,  /* text that is not a number where a number belongs */
    SG_ERR_RANGE,       /* a number outside its allowed range (score 1-5, probability 0-1, ...) */
    SG_ERR_EVIDENCE,    /* evidence that is not A, B or C */
    SG_ERR_THRESHOLDS,  /* thresholds that are not 3 strictly ascending numbers with t1 > 0 */
    SG_ERR_SHAPE,       /* a range where one value belongs, or ranges of the wrong shape */
    SG_ERR_PAIR,        /* a value without its probability, or a probability without its value */
    SG_ERR_OVERFLOW,    /* the result would not be a finite number */
    SG_ERR_NAME,        /* a scored reality has no name */
    SG_ERR_REASON       /* a review reason that is not one of the governance rhythm's words */
} sg_status;

/* English sentence describing the status, for error messages; never NULL. */
const char *sg_status_message(sg_status status);

/* Non-zero for the SG_ERR_* statuses. */
int sg_status_is_error(sg_status status);

/* The status of a result built from two inputs: an error beats SG_BLANK (the first error when
 * both are errors), SG_BLANK beats SG_OK. */
sg_status sg_status_worst(sg_status a, sg_status b);

#ifdef __cplusplus
}
#endif

#endif
