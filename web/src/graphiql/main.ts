import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';
import './page.css';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import { GraphiQL } from 'graphiql';
import { createElement } from 'react';
import { createRoot } from 'react-dom/client';
import autocomplete from '../../../docs/operations/autocomplete.graphql?raw';
import chatbotFactSheet from '../../../docs/operations/chatbotFactSheet.graphql?raw';
import conditionEvidence from '../../../docs/operations/conditionEvidence.graphql?raw';
import conditionPage from '../../../docs/operations/conditionPage.graphql?raw';
import evidenceWalk from '../../../docs/operations/evidenceWalk.graphql?raw';
import graphView from '../../../docs/operations/graphView.graphql?raw';

/**
 * GraphiQL, bundled from the npm package and served by the API itself at /graphql (browsers only; API calls
 * to /graphql are untouched). The README's example operations open as tabs, each with variables that work
 * against the seeded graph.
 */
const tab = (query: string, variables: Record<string, unknown>) => ({ query, variables: JSON.stringify(variables, null, 2) });

const defaultTabs = [
  tab(conditionPage, { id: 'plantar-fasciitis' }),
  tab(autocomplete, { text: 'plantar fasc' }),
  tab(conditionEvidence, { condition: 'plantar-fasciitis' }),
  tab(evidenceWalk, { from: 'acupuncture', to: 'heel-pain', subject: 'acupuncture' }),
  tab(graphView, { id: 'plantar-fasciitis', depth: 1 }),
  tab(chatbotFactSheet, { about: 'shin splints' }),
];

const fetcher = createGraphiQLFetcher({ url: new URL('/graphql', window.location.href).toString() });

const root = document.getElementById('graphiql')!;
root.textContent = '';
// GraphiQL 5 fills the first tab's query editor from defaultTabs but not its variables editor; giving the first
// tab as the initial editor contents too makes its example runnable as it opens.
createRoot(root).render(
  createElement(GraphiQL, {
    fetcher,
    defaultTabs,
    initialQuery: defaultTabs[0]!.query,
    initialVariables: defaultTabs[0]!.variables,
    defaultEditorToolsVisibility: 'variables',
  }),
);
