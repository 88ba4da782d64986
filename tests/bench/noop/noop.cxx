// noop.cxx — the bench-only add-in: every function returns a constant without looking at its
// arguments, so its cost in Calc is the floor Calc charges any add-in call of those types.
#include <cppuhelper/factory.hxx>
#include <cppuhelper/implbase1.hxx>
#include <cppuhelper/implementationentry.hxx>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <org/sensesgap/bench/XNoop.hpp>
#include <uno/lbnames.h>

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::XInterface;
using rtl::OUString;

namespace {

// Same result shapes as the real functions: a number, a band word, a flag.
class Noop : public cppu::WeakImplHelper1<org::sensesgap::bench::XNoop> {
public:
    Any SAL_CALL noopGap(const Any &, const Any &) override { return Any(1.0); }
    OUString SAL_CALL noopBand(const Any &, const Any &) override { return "Watch"; }
    double SAL_CALL noopFlag(const Any &) override { return 0.0; }
    OUString SAL_CALL noopStatus(const Any &, const Any &, const Any &, const Any &) override
    {
        return "Watch";
    }
    double SAL_CALL noopGapDouble(double, double) override { return 1.0; }
    Any SAL_CALL noopGapSeq(const Sequence<Sequence<Any>> &, const Sequence<Sequence<Any>> &) override
    {
        return Any(1.0);
    }
    Any SAL_CALL noopBandAny(const Any &, const Any &) override { return Any(OUString("Watch")); }
};

// Factory callbacks for the component loader.
OUString SAL_CALL implementation_name() { return "org.sensesgap.bench.NoopImpl"; }

Sequence<OUString> SAL_CALL service_names()
{
    const OUString name("org.sensesgap.bench.Noop");
    return Sequence<OUString>(&name, 1);
}

Reference<XInterface> SAL_CALL create(const Reference<css::uno::XComponentContext> &)
{
    return static_cast<cppu::OWeakObject *>(new Noop);
}

const cppu::ImplementationEntry kEntries[] = {
    {create, implementation_name, service_names, cppu::createSingleComponentFactory, nullptr, 0},
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0},
};

}  // namespace

extern "C" SAL_DLLPUBLIC_EXPORT void *SAL_CALL component_getFactory(const char *implementation,
                                                                    void *service_manager,
                                                                    void *registry_key)
{
    return cppu::component_getFactoryHelper(implementation, service_manager, registry_key, kEntries);
}

extern "C" SAL_DLLPUBLIC_EXPORT void SAL_CALL
component_getImplementationEnvironment(const char **env_type_name, uno_Environment **)
{
    *env_type_name = CPPU_CURRENT_LANGUAGE_BINDING_NAME;
}
