// component.cxx — the UNO component behind Calc's sensesgap functions.
//
// Each method converts its arguments (args.hxx), calls the core and maps the status: SG_OK to the
// result, SG_BLANK to empty text, SG_ERR_* to IllegalArgumentException, which Calc shows as Err:502.
// No rule of the method lives here.
#include <cppuhelper/factory.hxx>
#include <cppuhelper/implbase2.hxx>
#include <cppuhelper/implementationentry.hxx>
#include <cppuhelper/supportsservice.hxx>
#include <com/sun/star/lang/IllegalArgumentException.hpp>
#include <com/sun/star/lang/XServiceInfo.hpp>
#include <com/sun/star/uno/XComponentContext.hpp>
#include <org/sensesgap/XFunctions.hpp>
#include <uno/lbnames.h>

#include "args.hxx"
#include "functions.hxx"
#include "sensesgap.h"

#ifndef SG_VERSION
#error "SG_VERSION must be defined by the build"
#endif

using css::uno::Any;
using css::uno::Reference;
using css::uno::Sequence;
using css::uno::XInterface;
using rtl::OUString;

namespace sensesgap {
namespace {

// Raises the Calc error for an invalid argument.
[[noreturn]] void fail(sg_status status)
{
    throw css::lang::IllegalArgumentException(
        "sensesgap: " + OUString::createFromAscii(sg_status_message(status)), nullptr, 0);
}

// A text result: the text on SG_OK, empty text when not assessed.
OUString text_result(sg_status status, const char *text)
{
    if (status == SG_BLANK)
        return OUString();
    if (status != SG_OK)
        fail(status);
    return OUString::createFromAscii(text);
}

// A number result: the number on SG_OK, empty text when not assessed.
Any number_result(sg_status status, double value)
{
    if (status == SG_BLANK)
        return Any(OUString());
    if (status != SG_OK)
        fail(status);
    return Any(value);
}

// The component's implementation name, for the factory and XServiceInfo.
OUString SAL_CALL implementation_name()
{
    return OUString::createFromAscii(kImplementationName);
}

// The services the component offers: only its own, so Calc loads it on first use, not at start-up.
Sequence<OUString> SAL_CALL service_names()
{
    const OUString name = OUString::createFromAscii(kServiceName);
    return Sequence<OUString>(&name, 1);
}

class Functions : public cppu::WeakImplHelper2<org::sensesgap::XFunctions, css::lang::XServiceInfo> {
public:
    Any SAL_CALL scoreGap(const Any &orgScore, const Any &customerScore) override
    {
        Arg org(orgScore), customer(customerScore);
        double gap = 0.0;
        const sg_status s = sg_score_gap(org.get(), customer.get(), &gap);
        return number_result(s, gap);
    }

    OUString SAL_CALL gapBand(const Any &gap, const Any &thresholds) override
    {
        Arg g(gap), t(thresholds);
        sg_band band = SG_BAND_ALIGNED;
        sg_status s = sg_gap_band(g.get(), t.get(), &band);
        return text_result(s, s == SG_OK ? sg_band_text(band) : "");
    }

    double SAL_CALL untrusted(const Any &evidence) override
    {
        Arg e(evidence);
        int flag = 0;
        sg_status s = sg_untrusted(e.get(), &flag);
        if (s != SG_OK)
            fail(s);
        return flag ? 1.0 : 0.0;
    }

    Any SAL_CALL valueAtRisk(const Any &renewalValue, const Any &riskProbability,
                             const Any &expansionValue, const Any &displacementProbability,
                             const Any &avoidableCost) override
    {
        Arg r(renewalValue), rp(riskProbability), e(expansionValue), dp(displacementProbability),
            c(avoidableCost);
        double value = 0.0;
        const sg_status s = sg_value_at_risk(r.get(), rp.get(), e.get(), dp.get(), c.get(), &value);
        return number_result(s, value);
    }

    OUString SAL_CALL realityStatus(const Any &orgScore, const Any &customerScore,
                                    const Any &evidence, const Any &thresholds) override
    {
        Arg o(orgScore), c(customerScore), e(evidence), t(thresholds);
        sg_band band = SG_BAND_ALIGNED;
        int untrusted_flag = 0;
        sg_status s = sg_reality_status(o.get(), c.get(), e.get(), t.get(), &band, &untrusted_flag);
        return text_result(s, s == SG_OK ? sg_status_text(band, untrusted_flag) : "");
    }

    OUString SAL_CALL accountBand(const Any &gaps, const Any &thresholds) override
    {
        Arg g(gaps), t(thresholds);
        sg_band band = SG_BAND_ALIGNED;
        sg_status s = sg_account_band(g.get(), t.get(), &band);
        return text_result(s, s == SG_OK ? sg_band_text(band) : "");
    }

    OUString SAL_CALL focusReality(const Any &realities, const Any &gaps, const Any &evidence,
                                   const Any &thresholds) override
    {
        Arg r(realities), g(gaps), e(evidence), t(thresholds);
        size_t index = 0;
        sg_status s = sg_focus_reality(r.get(), g.get(), e.get(), t.get(), &index);
        if (s == SG_BLANK)
            return OUString();
        if (s != SG_OK)
            fail(s);
        // The core checked that the chosen name is text; return it as the user wrote it.
        size_t count = 0;
        const sg_value &name = sg_line_cells(r.get(), &count)[index];
        return OUString(name.text, static_cast<sal_Int32>(name.length));
    }

    OUString SAL_CALL scoreLabel(const Any &score) override
    {
        Arg sc(score);
        const char *label = "";
        sg_status s = sg_score_label(sc.get(), &label);
        return text_result(s, label);
    }

    OUString SAL_CALL gapTrend(const Any &previousGap, const Any &currentGap,
                               const Any &tolerance) override
    {
        Arg p(previousGap), c(currentGap), t(tolerance);
        sg_trend trend = SG_TREND_STABLE;
        sg_status s = sg_gap_trend(p.get(), c.get(), t.get(), &trend);
        return text_result(s, s == SG_OK ? sg_trend_text(trend) : "");
    }

    OUString SAL_CALL sensesgapVersion() override
    {
        return OUString::createFromAscii(SG_VERSION);
    }

    OUString SAL_CALL getImplementationName() override
    {
        return implementation_name();
    }

    sal_Bool SAL_CALL supportsService(const OUString &name) override
    {
        return cppu::supportsService(this, name);
    }

    Sequence<OUString> SAL_CALL getSupportedServiceNames() override
    {
        return service_names();
    }
};

// Factory callbacks for the component loader.
Reference<XInterface> SAL_CALL create(const Reference<css::uno::XComponentContext> &)
{
    return static_cast<cppu::OWeakObject *>(new Functions);
}

const cppu::ImplementationEntry kEntries[] = {
    {create, implementation_name, service_names, cppu::createSingleComponentFactory, nullptr, 0},
    {nullptr, nullptr, nullptr, nullptr, nullptr, 0},
};

}  // namespace
}  // namespace sensesgap

extern "C" SAL_DLLPUBLIC_EXPORT void *SAL_CALL component_getFactory(const char *implementation,
                                                                    void *service_manager,
                                                                    void *registry_key)
{
    return cppu::component_getFactoryHelper(implementation, service_manager, registry_key,
                                            sensesgap::kEntries);
}

extern "C" SAL_DLLPUBLIC_EXPORT void SAL_CALL
component_getImplementationEnvironment(const char **env_type_name, uno_Environment **)
{
    *env_type_name = CPPU_CURRENT_LANGUAGE_BINDING_NAME;
}
