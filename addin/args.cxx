#include "args.hxx"

#include <new>

#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/uno/RuntimeException.hpp>
#include <com/sun/star/uno/Sequence.hxx>
#include <rtl/ustring.hxx>

using css::uno::Any;
using css::uno::Sequence;
using css::uno::TypeClass;

namespace sensesgap {

// Refuses an argument of a kind Calc does not send to add-ins.
[[noreturn]] static void unsupported()
{
    throw css::lang::IllegalArgumentException("sensesgap: unsupported argument type", nullptr, 0);
}

// Converts one scalar Any (void, number, boolean or string) without copying text.
static sg_value scalar(const Any &any)
{
    switch (any.getValueTypeClass()) {
    case TypeClass::TypeClass_VOID:
        return sg_omitted();
    case TypeClass::TypeClass_BOOLEAN:
        return sg_number(*static_cast<const sal_Bool *>(any.getValue()) ? 1.0 : 0.0);
    case TypeClass::TypeClass_STRING: {
        const rtl::OUString &s = *static_cast<const rtl::OUString *>(any.getValue());
        return sg_text(s.getStr(), static_cast<size_t>(s.getLength()));
    }
    default: {
        double d = 0.0;
        if (!(any >>= d))
            unsupported();
        return sg_number(d);
    }
    }
}

Arg::Arg(const Any &any)
{
    if (any.getValueTypeClass() != TypeClass::TypeClass_SEQUENCE) {
        value_ = scalar(any);
        return;
    }
    if (any.getValueType() != cppu::UnoType<Sequence<Sequence<Any>>>::get())
        unsupported();
    const auto &rows = *static_cast<const Sequence<Sequence<Any>> *>(any.getValue());
    const sal_Int32 n_rows = rows.getLength();
    const sal_Int32 n_cols = n_rows > 0 ? rows[0].getLength() : 0;
    try {
        cells_.reserve(static_cast<size_t>(n_rows) * static_cast<size_t>(n_cols));
    } catch (const std::bad_alloc &) {
        // Only a UNO exception may leave the component; Calc shows this one as #VALUE!.
        throw css::uno::RuntimeException("sensesgap: range too large for the memory available");
    }
    for (const Sequence<Any> &row : rows) {
        if (row.getLength() != n_cols)
            unsupported();
        for (const Any &cell : row) {
            if (cell.getValueTypeClass() == TypeClass::TypeClass_SEQUENCE)
                unsupported();
            cells_.push_back(scalar(cell));  // within the reserved size: never allocates
        }
    }
    value_ = sg_range(cells_.data(), static_cast<size_t>(n_rows), static_cast<size_t>(n_cols));
}

}  // namespace sensesgap
