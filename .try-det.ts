import fc from "fast-check";
import { lintQuestion } from "./core/questions/linter";
const VOC = ["what","how","why","is","do","and","or","not","right","?",",",".","/","\n","  ","\u2019","surely","anything","else","going"];
const anyText = fc.oneof(fc.string(), fc.string({ unit: "binary" }), fc.array(fc.constantFrom(...VOC), { maxLength: 14 }).map((w) => w.join(" ")));
fc.assert(fc.property(anyText, (t) => JSON.stringify(lintQuestion(t)) === JSON.stringify(lintQuestion(t))), { numRuns: 5000 });
console.log("ok");
