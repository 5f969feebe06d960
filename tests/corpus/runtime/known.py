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
    "17.6": "format: uri values are changed (trailing slash, lower-cased host)",
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

PETSTORE = "petstore3-swagger.yaml"
MESSAGING = "twilio_messaging_v1.json"
MESSAGING_2025 = "twilio_messaging_v1-2025-03.json"
TWILIO_2010 = "twilio_api_v2010.json"
OPC_BASELINE = "opc-e2e-baseline_openapi_3.1.yaml"
GITHUB = "large/github-api-2022-06-11.json"
STRIPE = "large/stripe-spec3-2023-09-12.yaml"
# Not listed: the GitHub spec's SCIM examples carry "$ref" data keys, which make Prism
# exit at start-up; prism.servable works around that (a Prism defect, no upstream issue).


def _ops(text: str) -> tuple[str, ...]:
    return tuple(text.split())


def _reasons(*reasons: str) -> frozenset[str]:
    return frozenset(reasons)


# Grouped by the first cause of each row.
ROWS: tuple[Row, ...] = (
    # 17.1
    Row(
        OPC_BASELINE,
        _ops(
            "octet_stream_tests_octet_stream_get text_response default_status_code"
            " status_code_precedence"
        ),
        _reasons("http 406 NOT_ACCEPTABLE", "wire accept"),
        "17.1",
        "Accept: application/json on an octet-stream or text/plain answer: Prism answers 406",
    ),
    Row(
        GITHUB,
        _ops(
            "markdown/render meta/get-octocat scim/list-provisioned-identities"
            " scim/provision-and-invite-user"
            " scim/get-provisioning-information-for-user"
            " scim/set-information-for-provisioned-user scim/update-attribute-for-user"
            " meta/get-zen"
        ),
        _reasons("http 406 NOT_ACCEPTABLE", "wire accept"),
        "17.1",
        "Accept: application/json on operations answering text/html, text/plain or application/scim+json: Prism answers 406",
    ),
    Row(
        STRIPE,
        _ops("GetQuotesQuotePdf"),
        _reasons("not served", "wire accept", "wire query"),
        "17.1+17.2+prism",
        "Prism never serves the spec (no answer to judge); Accept: application/json for an application/pdf answer (17.1); deepObject query parameters sent as Python reprs or repeated names (17.2)",
        PRISM_STRIPE_STARTUP,
    ),
    Row(
        OPC_BASELINE,
        _ops("content_type_override"),
        _reasons(
            "http 406 NOT_ACCEPTABLE",
            "no body argument (openapi/python/client)",
            "wire accept",
        ),
        "17.1+17.9",
        "a body of media type openapi/python/client cannot be passed (like octet-stream, 17.9); Accept: application/json gets 406 for the same media type (17.1)",
    ),
    Row(
        GITHUB,
        _ops("markdown/render-raw"),
        _reasons(
            "http 406 NOT_ACCEPTABLE", "no body argument (text/plain)", "wire accept"
        ),
        "17.1+17.9",
        "the text/plain body cannot be passed (17.9), and Accept: application/json gets 406 for a text/html answer (17.1)",
    ),
    # 17.2
    Row(
        OPC_BASELINE,
        _ops("defaults_tests_defaults_post"),
        _reasons("http 422", "wire query"),
        "17.2+prism",
        "model_prop and required_model_prop (objects, form exploded) are sent as Python reprs (17.2); Prism also never finds the query parameter named 'string with num' (a name with a space), so it answers the spec's own 422",
        PRISM_SPACE_NAMES,
    ),
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
            " GetQuotesQuoteLineItems GetRadarEarlyFraudWarnings"
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
        _reasons("not served", "wire query"),
        "17.2+prism",
        "Prism never serves the spec (no answer to judge); deepObject query parameters are sent as Python reprs (created={'gt': 1, ...}) or, for arrays, as repeated names (expand=a&expand=b, not expand[0]=a)",
        PRISM_STRIPE_STARTUP,
    ),
    # 17.4
    Row(
        GITHUB,
        _ops(
            "apps/list-installations apps/get-installation"
            " apps/create-installation-access-token gists/list gists/list-public"
            " gists/list-starred gists/fork apps/list-repos-accessible-to-installation"
            " issues/list apps/get-subscription-plan-for-account apps/list-plans"
            " apps/list-accounts-for-plan"
            " apps/get-subscription-plan-for-account-stubbed apps/list-plans-stubbed"
            " apps/list-accounts-for-plan-stubbed"
            " activity/get-thread-subscription-for-authenticated-user"
            " activity/set-thread-subscription"
            " actions/list-selected-repositories-enabled-github-actions-organization"
            " actions/list-repo-access-to-self-hosted-runner-group-in-org"
            " apps/get-org-installation orgs/list-app-installations"
            " orgs/list-invitation-teams issues/list-for-org"
            " migrations/list-repos-for-org repos/list-for-org repos/create-in-org"
            " secret-scanning/list-alerts-for-org teams/list"
            " teams/list-discussions-in-org teams/create-discussion-in-org"
            " teams/get-discussion-in-org teams/list-discussion-comments-in-org"
            " teams/create-discussion-comment-in-org"
            " teams/get-discussion-comment-in-org teams/list-repos-in-org"
            " teams/check-permissions-for-repo-in-org repos/get repos/update"
            " actions/list-workflow-runs-for-repo actions/get-workflow-run"
            " actions/get-workflow-run-attempt actions/get-pending-deployments-for-run"
            " repos/get-branch-protection repos/get-pull-request-review-protection"
            " repos/update-pull-request-review-protection"
            " repos/get-teams-with-access-to-protected-branch"
            " repos/set-team-access-restrictions repos/add-team-access-restrictions"
            " repos/remove-team-access-restrictions repos/rename-branch"
            " checks/set-suites-preferences code-scanning/list-alerts-for-repo"
            " repos/list-commits repos/list-pull-requests-associated-with-commit"
            " repos/get-community-profile-metrics repos/compare-commits"
            " repos/delete-file repos/create-fork git/create-commit git/get-commit"
            " git/create-tag git/get-tag repos/list-webhooks repos/create-webhook"
            " repos/get-webhook repos/update-webhook apps/get-repo-installation"
            " issues/list-for-repo issues/create issues/list-events-for-repo"
            " issues/get-event issues/get issues/update issues/add-assignees"
            " issues/remove-assignees issues/list-events repos/list-pages-builds"
            " repos/get-latest-pages-build repos/get-pages-build pulls/list"
            " pulls/list-commits pulls/list-requested-reviewers"
            " pulls/request-reviewers activity/get-repo-subscription"
            " activity/set-repo-subscription repos/list-teams repos/transfer"
            " repos/create-using-template search/issues-and-pull-requests"
            " teams/list-discussions-legacy teams/create-discussion-legacy"
            " teams/get-discussion-legacy teams/list-discussion-comments-legacy"
            " teams/create-discussion-comment-legacy"
            " teams/get-discussion-comment-legacy teams/list-repos-legacy"
            " teams/check-permissions-for-repo-legacy"
            " users/add-email-for-authenticated-user"
            " apps/list-installations-for-authenticated-user"
            " apps/list-installation-repos-for-authenticated-user"
            " issues/list-for-authenticated-user"
            " apps/list-subscriptions-for-authenticated-user"
            " apps/list-subscriptions-for-authenticated-user-stubbed"
            " migrations/list-repos-for-authenticated-user"
            " repos/list-for-authenticated-user repos/create-for-authenticated-user"
            " activity/list-repos-starred-by-authenticated-user"
            " activity/list-watched-repos-for-authenticated-user gists/list-for-user"
            " apps/get-user-installation repos/list-for-user"
            " activity/list-repos-starred-by-user activity/list-repos-watched-by-user"
        ),
        _reasons("response rejected, valid per spec"),
        "17.4",
        "the answer conforms to the spec, but a nullable: true field (3.0) holding null is refused (language, suspended_at, parent, ...)",
    ),
    Row(
        GITHUB,
        _ops(
            "migrations/list-for-org migrations/start-for-org"
            " migrations/get-status-for-org migrations/list-for-authenticated-user"
            " migrations/start-for-authenticated-user"
            " migrations/get-status-for-authenticated-user"
        ),
        _reasons("response rejected, off spec"),
        "17.4+17.5",
        "the spec's migration examples lack the required exclude_metadata and exclude_git_data (17.5: off-spec data is refused); they also hold null in nullable fields (17.4)",
    ),
    # 17.5
    Row(
        MESSAGING,
        _ops("ListBrandVetting CreateBrandVetting FetchBrandVetting"),
        _reasons("response rejected, off spec"),
        "17.5",
        "the spec's example brand_vetting_sid 'VT12445353' breaks its minLength 34",
    ),
    Row(
        MESSAGING_2025,
        _ops("ListBrandVetting CreateBrandVetting FetchBrandVetting"),
        _reasons("response rejected, off spec"),
        "17.5",
        "the spec's example brand_vetting_sid 'VT12445353' breaks its minLength 34",
    ),
    Row(
        TWILIO_2010,
        _ops(
            "ListAccount ListAddress ListApplication ListAuthorizedConnectApp"
            " ListAvailablePhoneNumberCountry FetchAvailablePhoneNumberCountry"
            " ListAvailablePhoneNumberLocal ListAvailablePhoneNumberMachineToMachine"
            " ListAvailablePhoneNumberMobile ListAvailablePhoneNumberNational"
            " ListAvailablePhoneNumberSharedCost ListAvailablePhoneNumberTollFree"
            " ListAvailablePhoneNumberVoip ListCall ListCallEvent"
            " FetchCallNotification ListCallNotification ListCallRecording"
            " ListConference ListConferenceRecording ListConnectApp"
            " ListDependentPhoneNumber FetchIncomingPhoneNumber"
            " ListIncomingPhoneNumber ListIncomingPhoneNumberAssignedAddOn"
            " ListIncomingPhoneNumberAssignedAddOnExtension"
            " ListIncomingPhoneNumberLocal ListIncomingPhoneNumberMobile"
            " ListIncomingPhoneNumberTollFree ListKey ListMedia ListMember ListMessage"
            " ListSigningKey ListNotification ListOutgoingCallerId ListParticipant"
            " ListQueue ListRecording ListRecordingAddOnResult"
            " ListRecordingAddOnResultPayload ListRecordingTranscription ListShortCode"
            " ListSipAuthCallsCredentialListMapping"
            " ListSipAuthCallsIpAccessControlListMapping"
            " ListSipAuthRegistrationsCredentialListMapping ListSipCredential"
            " ListSipCredentialList ListSipCredentialListMapping ListSipDomain"
            " ListSipIpAccessControlList ListSipIpAccessControlListMapping"
            " ListSipIpAddress ListTranscription ListUsageRecord"
            " ListUsageRecordAllTime ListUsageRecordDaily ListUsageRecordLastMonth"
            " ListUsageRecordMonthly ListUsageRecordThisMonth ListUsageRecordToday"
            " ListUsageRecordYearly ListUsageRecordYesterday ListUsageTrigger"
        ),
        _reasons("response rejected, off spec"),
        "17.5",
        "the spec's examples break their own schemas: relative '/2010-04-01/...' paths under format: uri, empty URIs, SIDs shorter than minLength 34 or off their pattern",
    ),
    Row(
        TWILIO_2010,
        _ops("UpdateIncomingPhoneNumber"),
        _reasons("response rejected, off spec", "wire body"),
        "17.5+17.6",
        "URIs sent with a slash added (17.6), and the answer's example breaks minLength/format (17.5)",
    ),
    # 17.6
    Row(
        MESSAGING,
        _ops("UpdateDomainConfig CreateService"),
        _reasons("wire body"),
        "17.6",
        "https://www.example.com is sent as https://www.example.com/",
    ),
    Row(
        MESSAGING_2025,
        _ops("UpdateDomainConfig CreateService"),
        _reasons("wire body"),
        "17.6",
        "https://www.example.com is sent as https://www.example.com/",
    ),
    Row(
        TWILIO_2010,
        _ops(
            "CreateApplication UpdateApplication UpdateCall CreateIncomingPhoneNumber"
            " CreateIncomingPhoneNumberLocal CreateIncomingPhoneNumberMobile"
            " CreateIncomingPhoneNumberTollFree UpdateMember CreateValidationRequest"
            " UpdateParticipant CreatePayments UpdateShortCode CreateSipDomain"
            " UpdateSipDomain CreateStream UpdateUsageTrigger CreateUsageTrigger"
            " CreateUserDefinedMessageSubscription"
        ),
        _reasons("wire body"),
        "17.6",
        "https://example.com is sent as https://example.com/ in the form body",
    ),
    Row(
        OPC_BASELINE,
        _ops("refs json_body_tests_json_body_post callback_test"),
        _reasons("wire body"),
        "17.6",
        "the uuid example '07EF8B4D-...' is sent lower-cased: the client changes a user's string as it does URIs",
    ),
    Row(
        TWILIO_2010,
        _ops(
            "CreateCall CreateCallRecording UpdateConnectApp CreateMessage"
            " CreateParticipant"
        ),
        _reasons("http 422 UNPROCESSABLE_ENTITY", "wire body"),
        "17.6+prism",
        "URIs sent with a slash added (17.6); a form array (StatusCallbackEvent...) sent as repeated names is read by Prism as one string (422 'must be array')",
        PRISM_FORM_ARRAYS,
    ),
    # 17.7
    Row(
        MESSAGING,
        _ops("FetchDeactivation"),
        _reasons("http 307"),
        "17.7",
        "its only documented answer, 307, raises",
    ),
    Row(
        MESSAGING_2025,
        _ops("FetchDeactivation"),
        _reasons("http 307"),
        "17.7",
        "its only documented answer, 307, raises",
    ),
    Row(
        TWILIO_2010,
        _ops("FetchRecordingAddOnResultPayloadData"),
        _reasons("http 307"),
        "17.7",
        "its only documented answer, 307, raises",
    ),
    Row(
        GITHUB,
        _ops(
            "migrations/download-archive-for-org actions/download-artifact"
            " actions/download-job-logs-for-workflow-run"
            " actions/download-workflow-run-attempt-logs"
            " actions/download-workflow-run-logs repos/download-tarball-archive"
            " repos/download-zipball-archive"
            " migrations/get-archive-for-authenticated-user"
        ),
        _reasons("http 302"),
        "17.7",
        "its only documented answer, 302 (a download location), raises",
    ),
    # 17.8
    Row(
        PETSTORE,
        _ops("getInventory"),
        _reasons("http 401", "wire security"),
        "17.8",
        "sends the client's bearer token; the operation asks for the api_key header",
    ),
    # 17.9
    Row(
        PETSTORE,
        _ops("uploadFile"),
        _reasons("no body argument (application/octet-stream)"),
        "17.9",
        "the octet-stream body cannot be passed",
    ),
    Row(
        OPC_BASELINE,
        _ops("upload_file_tests_upload_post"),
        _reasons("http 422", "no body argument (multipart/form-data)"),
        "17.9",
        "the multipart body cannot be passed, so the required body is missing and Prism answers the spec's 422",
    ),
    Row(
        OPC_BASELINE,
        _ops("octet_stream_tests_octet_stream_post"),
        _reasons("no body argument (application/octet-stream)"),
        "17.9",
        "the octet-stream body cannot be passed",
    ),
    Row(
        GITHUB,
        _ops("repos/upload-release-asset"),
        _reasons("wire body"),
        "17.9",
        "the */* (binary) release asset is sent as a JSON string, not as the bytes",
    ),
    Row(
        STRIPE,
        _ops("PostFiles"),
        _reasons("no body argument (multipart/form-data)", "not served"),
        "17.9+prism",
        "Prism never serves the spec; the multipart body (file upload) cannot be passed (17.9)",
        PRISM_STRIPE_STARTUP,
    ),
    # 17.content-type
    Row(
        OPC_BASELINE,
        _ops("json-like"),
        _reasons("wire content-type"),
        "17.content-type",
        "the body documented as application/vnd+json is sent as application/json",
    ),
    # 17.cookie
    Row(
        OPC_BASELINE,
        (
            "token_with_cookie_auth_token_with_cookie_get",
            "GET /same-name-multiple-locations/{param}",
        ),
        _reasons("no argument (cookie)"),
        "17.cookie",
        "a cookie parameter is not a method argument",
    ),
    Row(
        OPC_BASELINE,
        ("GET /parameter-references/{path_param}",),
        _reasons("error (APIConnectionError)", "no argument (cookie)"),
        "17.cookie+spec",
        "the cookie parameter is not a method argument (17.cookie); spec: the header parameter 'header param' is not an HTTP field name, so httpx refuses to send it",
    ),
    # 17.form-encoding
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
        _reasons("not served", "wire body"),
        "17.form-encoding+prism",
        "Prism never serves the spec; the form body ignores its Encoding Object: properties declared style: deepObject are sent as JSON text (shipping={...}) and arrays as repeated names",
        PRISM_STRIPE_STARTUP,
    ),
    # prism
    Row(
        MESSAGING,
        _ops(
            "UpdateTollfreeVerification CreateTollfreeVerification"
            " CreateUsAppToPerson UpdateUsAppToPerson"
        ),
        _reasons("http 422 UNPROCESSABLE_ENTITY"),
        "prism",
        "a form array sent as repeated names (form, explode: the default) is read as one string: 'must be array'",
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
        "a form array sent as repeated names (form, explode: the default) is read as one string: 'must be array'",
        PRISM_FORM_ARRAYS,
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
            " DeleteCustomersCustomerTaxIdsId DeleteInvoiceitemsInvoiceitem"
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
        "Prism never serves the spec, so no answer can be judged; the request passed the wire check",
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
        "workflow_id is oneOf [integer, string]; Prism coerces the path segment '1' so that it matches both and answers 422 'must match exactly one schema in oneOf'",
        PRISM_ONEOF_PATH,
    ),
    # spec
    Row(
        OPC_BASELINE,
        _ops("getUserList"),
        _reasons("http 422"),
        "spec",
        "spec: the required query array an_enum_value_with_only_null can only hold nulls, which have no wire form (RFC 6570: undefined), so Prism answers the spec's 422",
    ),
    Row(
        OPC_BASELINE,
        ("POST /types/unions/duplicate-types",),
        _reasons("harness value", "http 422 UNPROCESSABLE_ENTITY", "wire body"),
        "spec+17.6",
        "spec: its oneOf members accept the same values, so no body matches exactly one (Prism 422, and the harness finds no valid value); the uuid is also sent lower-cased (17.6)",
    ),
)

KNOWN: dict[tuple[str, str], Row] = {
    (row.spec, operation): row for row in ROWS for operation in row.operations
}
