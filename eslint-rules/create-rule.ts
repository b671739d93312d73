// Every vtify rule is built with typescript-eslint's RuleCreator so that `meta.docs.url` points at the
// rule's page under docs/rules/.

import { ESLintUtils } from '@typescript-eslint/utils'

export interface VtifyRuleDocs {
  /** Part of `configs.recommended`. */
  recommended: boolean
}

const DOCS = 'https://github.com/vtify/vtify/blob/main/docs/rules'

export const createRule = ESLintUtils.RuleCreator<VtifyRuleDocs>((name) => `${DOCS}/${name}.md`)
