// The second half of the CI fuzzing programs (fuzz.test.ts runs the first), on its own worker.
import { fuzzPart } from './fuzz/ci.js'

fuzzPart(1, 2)
