/* sensesgap.h — the Relationship Reality Map's rules as plain C (C11, no LibreOffice).
 *
 * Public names share the sg_ prefix. Each function returns an sg_status (sg_status.h) and writes
 * results through out-parameters only on SG_OK. Functions are pure and never allocate.
 */
#ifndef SENSESGAP_H
#define SENSESGAP_H

#include "sg_band.h"
#include "sg_check.h"
#include "sg_evidence.h"
#include "sg_focus.h"
#include "sg_portfolio.h"
#include "sg_review.h"
#include "sg_risk.h"
#include "sg_score.h"
#include "sg_status.h"
#include "sg_value.h"

#endif
