// args.hxx — Calc's `any` arguments as the core's sg_value, converted without judging them.
#ifndef SENSESGAP_ARGS_HXX
#define SENSESGAP_ARGS_HXX

#include <vector>

#include <com/sun/star/uno/Any.hxx>

#include "sensesgap.h"

namespace sensesgap {

// One argument as the core reads it. Text and ranges point into the Any, which must outlive this.
// Throws IllegalArgumentException for shapes Calc never sends (ragged or nested arrays, objects).
class Arg {
public:
    explicit Arg(const css::uno::Any &any);
    Arg(const Arg &) = delete;
    Arg &operator=(const Arg &) = delete;

    const sg_value *get() const { return &value_; }

private:
    sg_value value_;
    std::vector<sg_value> cells_;
};

}  // namespace sensesgap

#endif
