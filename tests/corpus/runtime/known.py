"""Known failures: every corpus operation that does not pass today, why, and whose defect it is.

One row per cause and spec: the operations it covers, the exact set of reasons the run reports
for each (``calls.Outcome.reasons``), and the cause: a numbered defect of issue 17 (``"17.1"``
... ``"17.9"``), another gap issue 17 asks to close (``"17.serialisation"``, ``"17.auth"``), or
a Prism defect with its upstream issue. The tests are strict both ways: an operation that now
passes fails the run (XPASS) until its row is removed, and one that fails for any other set
of reasons than its row says fails as usual. No failure is hidden without a row here.
"""

from __future__ import annotations

from dataclasses import dataclass


class KnownFailure(Exception):
    """Raised by a test whose operation fails exactly as its row here says (a strict xfail)."""


@dataclass(frozen=True)
class Row:
    """Operations of one spec that fail for one cause, with the same reasons."""

    spec: str
    operations: tuple[str, ...]
    reasons: frozenset[str]
    cause: str
    note: str
    upstream: str = ""

    @property
    def reason(self) -> str:
        """The xfail reason: the cause in words, the note, and the upstream issue if any."""
        cause = "; ".join(DEFECTS.get(c, c) for c in self.cause.split("+"))
        upstream = f" ({self.upstream})" if self.upstream else ""
        return f"{self.cause}: {cause}{upstream}: {self.note}"


# Issue 17's numbered defects, in its words (issues show 17, "What was measured").
DEFECTS = {
    "17.1": "every request sends Accept: application/json",
    "17.2": "object query parameters and array headers are sent as Python reprs",
    "17.3": "query arrays ignore style/explode",
    "17.4": "OpenAPI 3.0 nullable: true on a required field is lost",
    "17.5": "response models enforce minLength/pattern/format on server data",
    "17.6": "format: uri values are changed (trailing slash, lower-cased host); uuid too",
    "17.7": "an operation whose only documented answer is a redirect always raises",
    "17.8": "security declared on one operation is ignored",
    "17.9": "multipart/form-data and octet-stream bodies, binary answers: unsupported",
    # Gaps "What to build" names beside the numbered defects:
    "17.content-type": "the request's Content-Type is not the documented media type",
    "17.cookie": "cookie parameters are not method arguments",
    "17.form-encoding": "form-urlencoded bodies ignore their Encoding Object (style, explode)",
    # Not the generator's:
    "prism": "a Prism defect: the request is right, the mock refuses it",
    "spec": "the spec itself allows no valid call",
}


# Prism 5.16.0 defects that make a correct request fail, each reproduced by hand.
# A form-urlencoded array sent as repeated names (form, explode: true, the default) is read
# as its last value: "must be array". Open upstream, with a pull request (#2654).
PRISM_FORM_ARRAYS = "https://github.com/stoplightio/prism/issues/2473"
# A query parameter whose name has a space ("a b") is looked up percent-encoded ("a%20b")
# after the query was decoded, so it is never found, however it is sent ("a+b", "a%20b").
PRISM_SPACE_NAMES = (
    "no upstream issue found; nearest, closed: "
    "https://github.com/stoplightio/prism/issues/2017 (brackets in names)"
)
# A path parameter that is oneOf [integer, string]: "1" is coerced to match both, so any
# numeric value gets 422 "must match exactly one schema in oneOf".
PRISM_ONEOF_PATH = (
    "https://github.com/stoplightio/prism/issues/1339 (closed as a discussion; "
    "still so in 5.16.0, mock mode)"
)
# Stripe's spec (4.2 MB) never finishes loading: still "Starting Prism..." after 26
# minutes, as YAML or converted to JSON, and as a 10-path excerpt after 5 minutes. The
# harness then calls every operation against a stand-in answering 503 "not served"
# (run._call_all), so the wire is still checked.
PRISM_STRIPE_STARTUP = (
    "no upstream issue found; nearest, closed: "
    "https://github.com/stoplightio/prism/issues/1479 (loading time up to one hour)"
)

# A multipart body whose array is sent as repeated parts, or whose object property is sent as
# a JSON part (the Encoding Object's default for objects), is read as one string: "must be
# array", "must be object". Open upstream as the same pull request as the form arrays.
PRISM_MULTIPART = (
    "https://github.com/stoplightio/prism/pull/2654 (open); JSON parts: "
    "https://github.com/stoplightio/prism/issues/2380 (closed, still so in 5.16.0)"
)
# A request body of a media type Prism has no parser for (opc's openapi/python/client) is
# answered 500 internal_server_error before any validation or logging.
PRISM_CUSTOM_MEDIA = (
    "no upstream issue found; nearest, open: "
    "https://github.com/stoplightio/prism/issues/2605 (an unexpected MIME type crashes)"
)
MESSAGING = "twilio_messaging_v1.json"
MESSAGING_2025 = "twilio_messaging_v1-2025-03.json"
TWILIO_2010 = "twilio_api_v2010.json"
OPC_BASELINE = "opc-e2e-baseline_openapi_3.1.yaml"
GITHUB = "large/github-api-2022-06-11.json"
STRIPE = "large/stripe-spec3-2023-09-12.yaml"
OPC_BAD_STATUS = "opc-err-bad-status-code.yaml"
OPC_MISSING_BODY = "opc-err-missing-body-ref.yaml"
OPC_CIRCULAR_BODY = "opc-err-circular-body-ref.yaml"
# Not listed: the GitHub spec's SCIM examples carry "$ref" data keys, which make Prism
# exit at start-up; prism.servable works around that (a Prism defect, no upstream issue).


def _ops(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _reasons(*reasons: str) -> frozenset[str]:
    return frozenset(reasons)


# Grouped by the first cause of each row.
ROWS: tuple[Row, ...] = (
    # prism
    Row(
        STRIPE,
        _ops(
            "GetAccount GetAccounts GetAccountsAccount"
            " GetAccountsAccountBankAccountsId GetAccountsAccountCapabilities"
            " GetAccountsAccountCapabilitiesCapability"
            " GetAccountsAccountExternalAccounts GetAccountsAccountExternalAccountsId"
            " GetAccountsAccountPeople GetAccountsAccountPeoplePerson"
            " GetAccountsAccountPersons GetAccountsAccountPersonsPerson"
            " GetApplePayDomains GetApplePayDomainsDomain GetApplicationFees"
            " GetApplicationFeesFeeRefundsId GetApplicationFeesId"
            " GetApplicationFeesIdRefunds GetAppsSecrets GetAppsSecretsFind GetBalance"
            " GetBalanceHistory GetBalanceHistoryId GetBalanceTransactions"
            " GetBalanceTransactionsId GetBillingPortalConfigurations"
            " GetBillingPortalConfigurationsConfiguration GetCharges GetChargesSearch"
            " GetChargesCharge GetChargesChargeDispute GetChargesChargeRefunds"
            " GetChargesChargeRefundsRefund GetCheckoutSessions"
            " GetCheckoutSessionsSession GetCheckoutSessionsSessionLineItems"
            " GetCountrySpecs GetCountrySpecsCountry GetCoupons GetCouponsCoupon"
            " GetCreditNotes GetCreditNotesPreview GetCreditNotesPreviewLines"
            " GetCreditNotesCreditNoteLines GetCreditNotesId GetCustomers"
            " GetCustomersSearch GetCustomersCustomer"
            " GetCustomersCustomerBalanceTransactions"
            " GetCustomersCustomerBalanceTransactionsTransaction"
            " GetCustomersCustomerBankAccounts GetCustomersCustomerBankAccountsId"
            " GetCustomersCustomerCards GetCustomersCustomerCardsId"
            " GetCustomersCustomerCashBalance"
            " GetCustomersCustomerCashBalanceTransactions"
            " GetCustomersCustomerCashBalanceTransactionsTransaction"
            " GetCustomersCustomerDiscount GetCustomersCustomerPaymentMethods"
            " GetCustomersCustomerPaymentMethodsPaymentMethod"
            " GetCustomersCustomerSources GetCustomersCustomerSourcesId"
            " GetCustomersCustomerSubscriptions"
            " GetCustomersCustomerSubscriptionsSubscriptionExposedId"
            " GetCustomersCustomerSubscriptionsSubscriptionExposedIdDiscount"
            " GetCustomersCustomerTaxIds GetCustomersCustomerTaxIdsId GetDisputes"
            " GetDisputesDispute GetEvents GetEventsId GetExchangeRates"
            " GetExchangeRatesRateId GetFileLinks GetFileLinksLink GetFiles"
            " GetFilesFile GetFinancialConnectionsAccounts"
            " GetFinancialConnectionsAccountsAccount"
            " GetFinancialConnectionsAccountsAccountOwners"
            " GetFinancialConnectionsSessionsSession GetIdentityVerificationReports"
            " GetIdentityVerificationReportsReport GetIdentityVerificationSessions"
            " GetIdentityVerificationSessionsSession GetInvoiceitems"
            " GetInvoiceitemsInvoiceitem GetInvoices GetInvoicesSearch"
            " GetInvoicesUpcoming GetInvoicesUpcomingLines GetInvoicesInvoice"
            " GetInvoicesInvoiceLines GetIssuingAuthorizations"
            " GetIssuingAuthorizationsAuthorization GetIssuingCardholders"
            " GetIssuingCardholdersCardholder GetIssuingCards GetIssuingCardsCard"
            " GetIssuingDisputes GetIssuingDisputesDispute GetIssuingSettlements"
            " GetIssuingSettlementsSettlement GetIssuingTransactions"
            " GetIssuingTransactionsTransaction GetLinkAccountSessionsSession"
            " GetLinkedAccounts GetLinkedAccountsAccount"
            " GetLinkedAccountsAccountOwners GetMandatesMandate GetPaymentIntents"
            " GetPaymentIntentsSearch GetPaymentIntentsIntent GetPaymentLinks"
            " GetPaymentLinksPaymentLink GetPaymentLinksPaymentLinkLineItems"
            " GetPaymentMethodDomains GetPaymentMethodDomainsPaymentMethodDomain"
            " GetPaymentMethods GetPaymentMethodsPaymentMethod GetPayouts"
            " GetPayoutsPayout GetPlans GetPlansPlan GetPrices GetPricesSearch"
            " GetPricesPrice GetProducts GetProductsSearch GetProductsId"
            " GetPromotionCodes GetPromotionCodesPromotionCode GetQuotes"
            " GetQuotesQuote GetQuotesQuoteComputedUpfrontLineItems"
            " GetQuotesQuoteLineItems GetQuotesQuotePdf GetRadarEarlyFraudWarnings"
            " GetRadarEarlyFraudWarningsEarlyFraudWarning GetRadarValueListItems"
            " GetRadarValueListItemsItem GetRadarValueLists"
            " GetRadarValueListsValueList GetRefunds GetRefundsRefund"
            " GetReportingReportRuns GetReportingReportRunsReportRun"
            " GetReportingReportTypes GetReportingReportTypesReportType GetReviews"
            " GetReviewsReview GetSetupAttempts GetSetupIntents GetSetupIntentsIntent"
            " GetShippingRates GetShippingRatesShippingRateToken"
            " GetSigmaScheduledQueryRuns GetSigmaScheduledQueryRunsScheduledQueryRun"
            " GetSourcesSource GetSourcesSourceMandateNotificationsMandateNotification"
            " GetSourcesSourceSourceTransactions"
            " GetSourcesSourceSourceTransactionsSourceTransaction GetSubscriptionItems"
            " GetSubscriptionItemsItem"
            " GetSubscriptionItemsSubscriptionItemUsageRecordSummaries"
            " GetSubscriptionSchedules GetSubscriptionSchedulesSchedule"
            " GetSubscriptions GetSubscriptionsSearch"
            " GetSubscriptionsSubscriptionExposedId"
            " GetTaxCalculationsCalculationLineItems GetTaxSettings"
            " GetTaxTransactionsTransaction GetTaxTransactionsTransactionLineItems"
            " GetTaxCodes GetTaxCodesId GetTaxRates GetTaxRatesTaxRate"
            " GetTerminalConfigurations GetTerminalConfigurationsConfiguration"
            " GetTerminalLocations GetTerminalLocationsLocation GetTerminalReaders"
            " GetTerminalReadersReader GetTestHelpersTestClocks"
            " GetTestHelpersTestClocksTestClock GetTokensToken GetTopups"
            " GetTopupsTopup GetTransfers GetTransfersIdReversals GetTransfersTransfer"
            " GetTransfersTransferReversalsId GetTreasuryCreditReversals"
            " GetTreasuryCreditReversalsCreditReversal GetTreasuryDebitReversals"
            " GetTreasuryDebitReversalsDebitReversal GetTreasuryFinancialAccounts"
            " GetTreasuryFinancialAccountsFinancialAccount"
            " GetTreasuryFinancialAccountsFinancialAccountFeatures"
            " GetTreasuryInboundTransfers GetTreasuryInboundTransfersId"
            " GetTreasuryOutboundPayments GetTreasuryOutboundPaymentsId"
            " GetTreasuryOutboundTransfers"
            " GetTreasuryOutboundTransfersOutboundTransfer GetTreasuryReceivedCredits"
            " GetTreasuryReceivedCreditsId GetTreasuryReceivedDebits"
            " GetTreasuryReceivedDebitsId GetTreasuryTransactionEntries"
            " GetTreasuryTransactionEntriesId GetTreasuryTransactions"
            " GetTreasuryTransactionsId GetWebhookEndpoints"
            " GetWebhookEndpointsWebhookEndpoint"
        ),
        _reasons("not served"),
        "prism",
        "Prism never serves the spec, so no answer is judged; the request passed the wire check",
        PRISM_STRIPE_STARTUP,
    ),
    Row(
        STRIPE,
        _ops(
            "PostAccountLinks PostAccountSessions PostAccounts PostAccountsAccount"
            " PostAccountsAccountBankAccounts PostAccountsAccountBankAccountsId"
            " PostAccountsAccountCapabilitiesCapability"
            " PostAccountsAccountExternalAccounts"
            " PostAccountsAccountExternalAccountsId PostAccountsAccountLoginLinks"
            " PostAccountsAccountPeople PostAccountsAccountPeoplePerson"
            " PostAccountsAccountPersons PostAccountsAccountPersonsPerson"
            " PostAccountsAccountReject PostApplePayDomains"
            " PostApplicationFeesFeeRefundsId PostApplicationFeesIdRefund"
            " PostApplicationFeesIdRefunds PostAppsSecrets PostAppsSecretsDelete"
            " PostBillingPortalConfigurations"
            " PostBillingPortalConfigurationsConfiguration PostBillingPortalSessions"
            " PostCharges PostChargesCharge PostChargesChargeCapture"
            " PostChargesChargeDispute PostChargesChargeDisputeClose"
            " PostChargesChargeRefund PostChargesChargeRefunds"
            " PostChargesChargeRefundsRefund PostCheckoutSessions"
            " PostCheckoutSessionsSessionExpire PostCoupons PostCouponsCoupon"
            " PostCreditNotes PostCreditNotesId PostCreditNotesIdVoid PostCustomers"
            " PostCustomersCustomer PostCustomersCustomerBalanceTransactions"
            " PostCustomersCustomerBalanceTransactionsTransaction"
            " PostCustomersCustomerBankAccounts PostCustomersCustomerBankAccountsId"
            " DeleteCustomersCustomerBankAccountsId"
            " PostCustomersCustomerBankAccountsIdVerify PostCustomersCustomerCards"
            " PostCustomersCustomerCardsId DeleteCustomersCustomerCardsId"
            " PostCustomersCustomerCashBalance"
            " PostCustomersCustomerFundingInstructions PostCustomersCustomerSources"
            " PostCustomersCustomerSourcesId DeleteCustomersCustomerSourcesId"
            " PostCustomersCustomerSourcesIdVerify PostCustomersCustomerSubscriptions"
            " PostCustomersCustomerSubscriptionsSubscriptionExposedId"
            " DeleteCustomersCustomerSubscriptionsSubscriptionExposedId"
            " PostCustomersCustomerTaxIds PostDisputesDispute PostDisputesDisputeClose"
            " PostEphemeralKeys DeleteEphemeralKeysKey PostFileLinks PostFileLinksLink"
            " PostFinancialConnectionsAccountsAccountDisconnect"
            " PostFinancialConnectionsAccountsAccountRefresh"
            " PostFinancialConnectionsSessions PostIdentityVerificationSessions"
            " PostIdentityVerificationSessionsSession"
            " PostIdentityVerificationSessionsSessionCancel"
            " PostIdentityVerificationSessionsSessionRedact PostInvoiceitems"
            " PostInvoiceitemsInvoiceitem PostInvoices PostInvoicesInvoice"
            " PostInvoicesInvoiceFinalize PostInvoicesInvoiceMarkUncollectible"
            " PostInvoicesInvoicePay PostInvoicesInvoiceSend PostInvoicesInvoiceVoid"
            " PostIssuingAuthorizationsAuthorization"
            " PostIssuingAuthorizationsAuthorizationApprove"
            " PostIssuingAuthorizationsAuthorizationDecline PostIssuingCardholders"
            " PostIssuingCardholdersCardholder PostIssuingCards PostIssuingCardsCard"
            " PostIssuingDisputes PostIssuingDisputesDispute"
            " PostIssuingDisputesDisputeSubmit PostIssuingSettlementsSettlement"
            " PostIssuingTransactionsTransaction PostLinkAccountSessions"
            " PostLinkedAccountsAccountDisconnect PostLinkedAccountsAccountRefresh"
            " PostPaymentIntents PostPaymentIntentsIntent"
            " PostPaymentIntentsIntentApplyCustomerBalance"
            " PostPaymentIntentsIntentCancel PostPaymentIntentsIntentCapture"
            " PostPaymentIntentsIntentConfirm"
            " PostPaymentIntentsIntentIncrementAuthorization"
            " PostPaymentIntentsIntentVerifyMicrodeposits PostPaymentLinks"
            " PostPaymentLinksPaymentLink PostPaymentMethodDomains"
            " PostPaymentMethodDomainsPaymentMethodDomain"
            " PostPaymentMethodDomainsPaymentMethodDomainValidate PostPaymentMethods"
            " PostPaymentMethodsPaymentMethod PostPaymentMethodsPaymentMethodAttach"
            " PostPaymentMethodsPaymentMethodDetach PostPayouts PostPayoutsPayout"
            " PostPayoutsPayoutCancel PostPayoutsPayoutReverse PostPlans PostPlansPlan"
            " PostPrices PostPricesPrice PostProducts PostProductsId"
            " PostPromotionCodes PostPromotionCodesPromotionCode PostQuotes"
            " PostQuotesQuote PostQuotesQuoteAccept PostQuotesQuoteCancel"
            " PostQuotesQuoteFinalize PostRadarValueListItems PostRadarValueLists"
            " PostRadarValueListsValueList PostRefunds PostRefundsRefund"
            " PostRefundsRefundCancel PostReportingReportRuns PostReviewsReviewApprove"
            " PostSetupIntents PostSetupIntentsIntent PostSetupIntentsIntentCancel"
            " PostSetupIntentsIntentConfirm PostSetupIntentsIntentVerifyMicrodeposits"
            " PostShippingRates PostShippingRatesShippingRateToken PostSources"
            " PostSourcesSource PostSourcesSourceVerify PostSubscriptionItems"
            " PostSubscriptionItemsItem"
            " PostSubscriptionItemsSubscriptionItemUsageRecords"
            " PostSubscriptionSchedules PostSubscriptionSchedulesSchedule"
            " PostSubscriptionSchedulesScheduleCancel"
            " PostSubscriptionSchedulesScheduleRelease PostSubscriptions"
            " PostSubscriptionsSubscriptionExposedId"
            " DeleteSubscriptionsSubscriptionExposedId"
            " PostSubscriptionsSubscriptionResume PostTaxCalculations PostTaxSettings"
            " PostTaxTransactionsCreateFromCalculation"
            " PostTaxTransactionsCreateReversal PostTaxRates PostTaxRatesTaxRate"
            " PostTerminalConfigurations PostTerminalConfigurationsConfiguration"
            " PostTerminalConnectionTokens PostTerminalLocations"
            " PostTerminalLocationsLocation PostTerminalReaders"
            " PostTerminalReadersReader PostTerminalReadersReaderCancelAction"
            " PostTerminalReadersReaderProcessPaymentIntent"
            " PostTerminalReadersReaderProcessSetupIntent"
            " PostTerminalReadersReaderRefundPayment"
            " PostTerminalReadersReaderSetReaderDisplay"
            " PostTestHelpersCustomersCustomerFundCashBalance"
            " PostTestHelpersIssuingAuthorizations"
            " PostTestHelpersIssuingAuthorizationsAuthorizationCapture"
            " PostTestHelpersIssuingAuthorizationsAuthorizationExpire"
            " PostTestHelpersIssuingAuthorizationsAuthorizationIncrement"
            " PostTestHelpersIssuingAuthorizationsAuthorizationReverse"
            " PostTestHelpersIssuingCardsCardShippingDeliver"
            " PostTestHelpersIssuingCardsCardShippingFail"
            " PostTestHelpersIssuingCardsCardShippingReturn"
            " PostTestHelpersIssuingCardsCardShippingShip"
            " PostTestHelpersIssuingTransactionsCreateForceCapture"
            " PostTestHelpersIssuingTransactionsCreateUnlinkedRefund"
            " PostTestHelpersIssuingTransactionsTransactionRefund"
            " PostTestHelpersRefundsRefundExpire"
            " PostTestHelpersTerminalReadersReaderPresentPaymentMethod"
            " PostTestHelpersTestClocks PostTestHelpersTestClocksTestClockAdvance"
            " PostTestHelpersTreasuryInboundTransfersIdFail"
            " PostTestHelpersTreasuryInboundTransfersIdReturn"
            " PostTestHelpersTreasuryInboundTransfersIdSucceed"
            " PostTestHelpersTreasuryOutboundPaymentsIdFail"
            " PostTestHelpersTreasuryOutboundPaymentsIdPost"
            " PostTestHelpersTreasuryOutboundPaymentsIdReturn"
            " PostTestHelpersTreasuryOutboundTransfersOutboundTransferFail"
            " PostTestHelpersTreasuryOutboundTransfersOutboundTransferPost"
            " PostTestHelpersTreasuryOutboundTransfersOutboundTransferReturn"
            " PostTestHelpersTreasuryReceivedCredits"
            " PostTestHelpersTreasuryReceivedDebits PostTokens PostTopups"
            " PostTopupsTopup PostTopupsTopupCancel PostTransfers"
            " PostTransfersIdReversals PostTransfersTransfer"
            " PostTransfersTransferReversalsId PostTreasuryCreditReversals"
            " PostTreasuryDebitReversals PostTreasuryFinancialAccounts"
            " PostTreasuryFinancialAccountsFinancialAccount"
            " PostTreasuryFinancialAccountsFinancialAccountFeatures"
            " PostTreasuryInboundTransfers"
            " PostTreasuryInboundTransfersInboundTransferCancel"
            " PostTreasuryOutboundPayments PostTreasuryOutboundPaymentsIdCancel"
            " PostTreasuryOutboundTransfers"
            " PostTreasuryOutboundTransfersOutboundTransferCancel PostWebhookEndpoints"
            " PostWebhookEndpointsWebhookEndpoint"
        ),
        _reasons("not served"),
        "prism",
        "Prism never serves the spec, so no answer is judged; the request passed the wire check",
        PRISM_STRIPE_STARTUP,
    ),
    Row(
        MESSAGING,
        _ops(
            "UpdateTollfreeVerification CreateTollfreeVerification"
            " CreateUsAppToPerson UpdateUsAppToPerson"
        ),
        _reasons("http 422 UNPROCESSABLE_ENTITY"),
        "prism",
        "a form array sent as repeated names (form, explode: true, the default) is read as one string: 'must be array'",
        PRISM_FORM_ARRAYS,
    ),
    Row(
        MESSAGING_2025,
        _ops(
            "UpdateTollfreeVerification CreateTollfreeVerification"
            " CreateUsAppToPerson UpdateUsAppToPerson"
        ),
        _reasons("http 422 UNPROCESSABLE_ENTITY"),
        "prism",
        "a form array sent as repeated names (form, explode: true, the default) is read as one string: 'must be array'",
        PRISM_FORM_ARRAYS,
    ),
    Row(
        TWILIO_2010,
        _ops(
            "CreateCall CreateCallRecording UpdateConnectApp CreateMessage"
            " CreateParticipant"
        ),
        _reasons("http 422 UNPROCESSABLE_ENTITY"),
        "prism",
        "a form array sent as repeated names (form, explode: true, the default) is read as one string: 'must be array'",
        PRISM_FORM_ARRAYS,
    ),
    Row(
        OPC_BASELINE,
        _ops("upload_file_tests_upload_post"),
        _reasons("http 422"),
        "prism",
        "the multipart body is right, but Prism reads neither arrays sent as repeated parts nor objects sent as JSON parts: 'must be array', 'must be object' (the spec's 422)",
        PRISM_MULTIPART,
    ),
    Row(
        OPC_BASELINE,
        _ops("defaults_tests_defaults_post"),
        _reasons("http 422"),
        "prism",
        "Prism never finds the query parameter named 'string with num' (a space in its name), however it is sent: the spec's 422",
        PRISM_SPACE_NAMES,
    ),
    Row(
        OPC_BASELINE,
        _ops("content_type_override"),
        _reasons("http 500"),
        "prism",
        "a request body of an unregistered media type (openapi/python/client) gets Prism's 500 before any validation",
        PRISM_CUSTOM_MEDIA,
    ),
    Row(
        STRIPE,
        _ops(
            "DeleteAccountsAccount DeleteAccountsAccountBankAccountsId"
            " DeleteAccountsAccountExternalAccountsId"
            " DeleteAccountsAccountPeoplePerson DeleteAccountsAccountPersonsPerson"
            " DeleteApplePayDomainsDomain DeleteCouponsCoupon DeleteCustomersCustomer"
            " DeleteCustomersCustomerDiscount"
            " DeleteCustomersCustomerSubscriptionsSubscriptionExposedIdDiscount"
            " DeleteCustomersCustomerTaxIdsId PostFiles DeleteInvoiceitemsInvoiceitem"
            " DeleteInvoicesInvoice DeletePlansPlan DeleteProductsId"
            " DeleteRadarValueListItemsItem DeleteRadarValueListsValueList"
            " DeleteSubscriptionItemsItem"
            " DeleteSubscriptionsSubscriptionExposedIdDiscount"
            " DeleteTerminalConfigurationsConfiguration"
            " DeleteTerminalLocationsLocation DeleteTerminalReadersReader"
            " DeleteTestHelpersTestClocksTestClock"
            " DeleteWebhookEndpointsWebhookEndpoint"
        ),
        _reasons("not served"),
        "prism",
        "Prism never serves the spec, so no answer is judged; the request passed the wire check",
        PRISM_STRIPE_STARTUP,
    ),
    Row(
        GITHUB,
        _ops(
            "actions/get-workflow actions/disable-workflow"
            " actions/create-workflow-dispatch actions/enable-workflow"
            " actions/list-workflow-runs actions/get-workflow-usage"
        ),
        _reasons("http 422 UNPROCESSABLE_ENTITY"),
        "prism",
        "workflow_id is oneOf [integer, string]; Prism coerces the path segment '1' so that it matches both: 422 'must match exactly one schema in oneOf'",
        PRISM_ONEOF_PATH,
    ),
    # spec
    Row(
        OPC_BASELINE,
        _ops("getUserList"),
        _reasons("http 422"),
        "spec",
        "the required query array an_enum_value_with_only_null can only hold nulls, which have no wire form (RFC 6570: undefined); Prism answers the spec's 422",
    ),
    Row(
        OPC_BASELINE,
        ("GET /parameter-references/{path_param}",),
        _reasons("error (APIConnectionError)"),
        "spec",
        "the header parameter 'header param' is not an HTTP field name (a space), so httpx refuses to send it",
    ),
    Row(
        OPC_BAD_STATUS,
        ("GET /",),
        _reasons("http 500"),
        "spec",
        "its only answer has the status 'abcdef', not an HTTP status code: Prism fails on it (500 'Invalid status code: NaN')",
    ),
    Row(
        OPC_MISSING_BODY,
        ("POST /",),
        _reasons("no method", "spec unreadable"),
        "spec",
        "its body's $ref names nothing; the generator leaves the operation out with a located warning, as issue 17 asks",
    ),
    Row(
        OPC_CIRCULAR_BODY,
        ("POST /",),
        _reasons("no method", "spec unreadable"),
        "spec",
        "its body's $ref is a cycle that never reaches a body; the generator leaves the operation out with a located warning, as issue 17 asks",
    ),
    Row(
        OPC_BASELINE,
        ("POST /types/unions/duplicate-types",),
        _reasons("harness value", "http 422 UNPROCESSABLE_ENTITY"),
        "spec",
        "its oneOf members accept the same values, so no body matches exactly one (Prism 422; the harness finds no valid value)",
    ),
)

KNOWN: dict[tuple[str, str], Row] = {
    (row.spec, operation): row for row in ROWS for operation in row.operations
}
