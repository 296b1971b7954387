/** The golden examples through the equivalence harness, shard 2 of 2 (see test/support/equivalence-examples.ts). */
import { equivalenceOfExamples } from '../support/equivalence-examples.js';

equivalenceOfExamples(1);
