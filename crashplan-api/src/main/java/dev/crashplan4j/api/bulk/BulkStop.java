package dev.crashplan4j.api.bulk;

/** Why a bulk run ended. */
public enum BulkStop {
  /** Every item of the input ran. */
  COMPLETED,
  /** It was cancelled (or its thread interrupted): the items not started are reported so. */
  CANCELLED,
  /** Its failure budget was spent: the items not started are reported so. */
  FAILURE_BUDGET_SPENT
}
