#include "sg_status.h"

const char *sg_status_message(sg_status status)
{
    switch (status) {
    case SG_OK: return "ok";
    case SG_BLANK: return "not assessed yet";
    case SG_ERR_MISSING: return "a required argument is missing";
    case SG_ERR_NOT_NUMBER: return "text where a number belongs";
    case SG_ERR_RANGE: return "a number outside its allowed range";
    case SG_ERR_EVIDENCE: return "evidence must be A, B or C";
    case SG_ERR_THRESHOLDS: return "thresholds must be 3 strictly ascending numbers, the first above 0";
    case SG_ERR_SHAPE: return "a range where one value belongs, or ranges of the wrong shape";
    case SG_ERR_PAIR: return "a value needs its probability, and a probability its value";
    case SG_ERR_OVERFLOW: return "the result is too large to be a number";
    case SG_ERR_NAME: return "a scored reality has no name";
    case SG_ERR_REASON:
        return "a review reason is Quarterly, Renewal, Delivery, Recovery, Post-incident, "
               "Leadership change or Direction change";
    }
    return "unknown status";
}

int sg_status_is_error(sg_status status)
{
    return status != SG_OK && status != SG_BLANK;
}

sg_status sg_status_worst(sg_status a, sg_status b)
{
    if (sg_status_is_error(a))
        return a;
    if (sg_status_is_error(b))
        return b;
    return a == SG_BLANK ? a : b;
}
