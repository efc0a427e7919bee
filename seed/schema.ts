/** The seed's record shapes live in src/domain/recordShapes.ts, where bulk import (src/interchange) shares them. */
export * from '../src/domain/recordShapes';
