import { describe, expect, it } from "vitest";
import { findings } from "./linter-testing";

/**
 * Statements asked as questions and answers offered after the question (linter-statements.ts): every
 * subject, verb form and degree word, and the near misses that must stay open.
 */
describe("a statement with a question mark", () => {
  it.each([
    ["You're fine with the move?", ["leading the statement “You're fine with the move?”"]],
    ["You are happy about the move?", ["leading the statement “You are happy about the move?”"]],
    ["You were ok with the move?", ["leading the statement “You were ok with the move?”"]],
    ["You've been okay with the move?", ["leading the statement “You've been okay with the move?”"]],
    ["You seem alright with the move?", []],
    ["You feel all right with the move?", []],
    ["You're really good with the move?", ["leading the statement “You're really good with the move?”"]],
    [
      "You're quite comfortable with the move?",
      ["leading the statement “You're quite comfortable with the move?”"],
    ],
    [
      "You're pretty satisfied with the move?",
      ["leading the statement “You're pretty satisfied with the move?”"],
    ],
    [
      "You're totally content with the move?",
      ["leading the statement “You're totally content with the move?”"],
    ],
    [
      "You're completely clear about the move?",
      ["leading the statement “You're completely clear about the move?”"],
    ],
    ["You're settled with the move?", ["leading the statement “You're settled with the move?”"]],
    ["You're relaxed about the move?", ["leading the statement “You're relaxed about the move?”"]],
    ["You're confident about the move?", ["leading the statement “You're confident about the move?”"]],
    ["You're excited about the move?", ["leading the statement “You're excited about the move?”"]],
    ["You're on board with the move?", ["leading the statement “You're on board with the move?”"]],
    ["You're keen on the move?", ["leading the statement “You're keen on the move?”"]],
    ["The deadline is realistic?", ["leading the statement “The deadline is realistic?”"]],
    ["I guess you're fine with the move?", ["leading the statement “You're fine with the move?”"]],
    ["I take it you're fine with the move?", ["leading the statement “You're fine with the move?”"]],
    ["I assume you're fine with the move?", ["leading the statement “You're fine with the move?”"]],
    ["So, you're fine with the move?", []],
    ["Everyone agreed?", []],
    ["Nothing changed?", ["leading the statement “Nothing changed?”"]],
    ["Things went well?", ["leading the statement “Things went well?”"]],
    ["Everything worked?", ["leading the statement “Everything worked?”"]],
    ["Everybody came?", ["leading the statement “Everybody came?”"]],
    ["We have a plan?", ["leading the statement “We have a plan?”"]],
    ["They had a plan?", ["leading the statement “They had a plan?”"]],
    ["He does it?", ["leading the statement “He does it?”"]],
    ["She did it?", ["leading the statement “She did it?”"]],
    ["It will work?", ["leading the statement “It will work?”"]],
    ["It would work?", ["leading the statement “It would work?”"]],
    ["You can do it?", ["leading the statement “You can do it?”"]],
    ["You could do it?", ["leading the statement “You could do it?”"]],
    ["You am here?", ["leading the statement “You am here?”"]],
    ["They were here?", ["leading the statement “They were here?”"]],
    ["Your plan went well?", ["leading the statement “Your plan went well?”"]],
    ["Our plan felt right?", ["leading the tag “right?”"]],
    ["My plan got approved?", ["leading the statement “My plan got approved?”"]],
    ["Their plan took shape?", ["leading the statement “Their plan took shape?”"]],
    ["His plan said so?", ["leading the statement “His plan said so?”"]],
    ["Her plan came through?", ["leading the statement “Her plan came through?”"]],
    ["That plan saw daylight?", ["leading the statement “That plan saw daylight?”"]],
    ["This plan knew it?", ["leading the statement “This plan knew it?”"]],
    ["These plans left gaps?", ["leading the statement “These plans left gaps?”"]],
    ["Those plans ran late?", ["leading the statement “Those plans ran late?”"]],
    ["The plan became real?", ["leading the statement “The plan became real?”"]],
    ["The plan kept going?", ["leading the statement “The plan kept going?”"]],
    ["The plan held up?", ["leading the statement “The plan held up?”"]],
    ["The plan brought change?", ["leading the statement “The plan brought change?”"]],
    ["The plan told you?", ["leading the statement “The plan told you?”"]],
    ["The plan gave results?", ["leading the statement “The plan gave results?”"]],
    ["The plan meant work?", ["leading the statement “The plan meant work?”"]],
    ["The plan makes sense?", ["leading the statement “The plan makes sense?”"]],
    ["The plan works?", ["leading the statement “The plan works?”"]],
    ["The plan feels right?", ["leading the tag “right?”"]],
    ["The plan seems right?", ["leading the tag “right?”"]],
    ["The plan sounds right?", ["leading the tag “right?”"]],
    ["The plan looks right?", ["leading the tag “right?”"]],
    ["The plan fits?", ["leading the statement “The plan fits?”"]],
    ["The plan suits you?", ["leading the statement “The plan suits you?”"]],
    ["The plan helps?", ["leading the statement “The plan helps?”"]],
    ["The plan matters?", ["leading the statement “The plan matters?”"]],
    ["The plan goes ahead?", ["leading the statement “The plan goes ahead?”"]],
    ["The new plan landed?", ["leading the statement “The new plan landed?”"]],
    ["The plan needed work?", ["leading the statement “The plan needed work?”"]],
    ["The plan freed time?", []],
    ["The plan fed back?", []],
    ["The red plan?", []],
    ["The that was?", []],
    ["The plan that was hardest?", []],
    ["You never had time?", ["leading the statement “You never had time?”", "loaded never"]],
    ["That really helped?", ["leading the statement “That really helped?”"]],
    ["That still works?", ["leading the statement “That still works?”"]],
    ["It already worked?", ["leading the statement “It already worked?”"]],
    ["We just did it?", ["leading the statement “We just did it?”"]],
    ["It actually worked?", ["leading the statement “It actually worked?”"]],
    ["We all agreed?", []],
    ["They both agreed?", []],
    ["You're?", []],
    ["I'm in?", ["leading the statement “I'm in?”"]],
    ["We've done it?", ["leading the statement “We've done it?”"]],
    ["You'd do it?", ["leading the statement “You'd do it?”"]],
    ["They'll do it?", ["leading the statement “They'll do it?”"]],
    ["He's in?", ["leading the statement “He's in?”"]],
    ["She's in?", ["leading the statement “She's in?”"]],
    ["That's it?", ["leading the statement “That's it?”"]],
    ["This's it?", ["leading the statement “This's it?”"]],
  ])("%j", (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe("an answer offered after the question", () => {
  it.each([
    ["What's your take on the roadmap — too ambitious?", ["leading the offered answer “too ambitious?”"]],
    ["How is the pace, overly slow?", ["leading the offered answer “overly slow?”"]],
    ["How is the pace, not enough?", []],
    ["How is the pace, not enough time?", ["leading the offered answer “not enough time?”"]],
    ["How is the pace, a bit slow?", ["leading the offered answer “a bit slow?”"]],
    ["How is the pace, a little slow?", ["leading the offered answer “a little slow?”"]],
    ["How is the pace, a little bit slow?", ["leading the offered answer “a little bit slow?”"]],
    ["How is the pace, kind of slow?", ["leading the offered answer “kind of slow?”"]],
    ["How is the pace, sort of slow?", ["leading the offered answer “sort of slow?”"]],
    ["How is the pace, somewhat slow?", ["leading the offered answer “somewhat slow?”"]],
    ["How is the pace, rather slow?", ["leading the offered answer “rather slow?”"]],
    ["How is the pace, a tad slow?", ["leading the offered answer “a tad slow?”"]],
    ["How is the pace, maybe too slow?", ["leading the offered answer “maybe too slow?”"]],
    ["How is the pace, perhaps too slow?", ["leading the offered answer “perhaps too slow?”"]],
    ["How is the pace, or too slow?", ["leading the offered answer “or too slow?”", "forced_choice"]],
    ["How is the pace, too slow for you?", []],
    ["How is the pace, too slow-ish?", ["leading the offered answer “too slow-ish?”"]],
    ["How is the pace, too-slow?", []],
    ["How is the pace, very slow?", []],
    ["How is the pace: too slow.", []],
    ["Is the pace ok, too slow?", ["closed"]],
    ["How is the pace, too slow?!", ["leading the offered answer “too slow?”"]],
  ])("%j", (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe("a question asked indirectly, or a paraphrase checked, states no answer", () => {
  it.each([
    ["I'm curious what you think?", []],
    ["I am curious how it went?", []],
    ["I'd love to know what you think?", []],
    ["I would like to hear how it went?", []],
    ["I was wondering where it got stuck?", []],
    ["I've been wondering who helped?", []],
    ["I wonder when it changed?", []],
    ["I'm interested in which part helped?", []],
    ["I'm keen to understand whether it helped?", []],
    ["I want to learn if it helped?", []],
    ["I wanted to know about how it went?", []],
    ["We're curious what you think?", []],
    ["We'd like to understand how it went?", []],
    ["We would love to hear what you think?", []],
    ["I'm sure that's what happened?", ["leading the statement “I'm sure that's what happened?”"]],
    ["I'm curious?", ["leading the statement “I'm curious?”"]],
    ["You're curious what we think?", ["leading the statement “You're curious what we think?”"]],
    ["You're saying the workload is fine?", []],
    ["You are saying the workload is fine?", []],
    ["You mean the plan is fine?", []],
    ["What I'm hearing is that you want more room?", []],
    ["So what I hear is that the pace is the problem?", []],
    ["If I heard you right, the pace is the problem?", []],
    ["If I understood you, the pace is the problem?", []],
    ["It sounds like the week was a lot?", []],
    ["Sounds like the week was a lot?", []],
    ["I'm hearing the pace is the problem?", []],
    ["It sounds hard?", ["leading the statement “It sounds hard?”"]],
  ])("%j", (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe("one word that grades the answer, offered after the question", () => {
  it.each(
    "good alright fine great manageable bearable smooth smoothly well better worse hard tough easy busy stressful calm clear useful helpful positive productive fun"
      .split(" ")
      .map((word) => [word]),
  )("%j", (word) => {
    expect(findings(`How was the week, ${word}?`)).toEqual([`leading the offered answer “${word}?”`]);
  });

  it.each([
    ["How's it going, all good?", ["leading the offered answer “all good?”"]],
    ["How's it going, mostly ok?", ["leading the offered answer “mostly ok?”"]],
    ["How's it going, all okay?", ["leading the offered answer “all okay?”"]],
    ["How's it going, ok?", ["leading the tag “ok?”"]],
    ["How's it going, all right?", ["leading the offered answer “all right?”"]],
    ["How's it going, mostly fine?", ["leading the offered answer “mostly fine?”"]],
    ["How's it going, pretty good?", ["leading the offered answer “pretty good?”"]],
    ["How's it going, quite calm?", ["leading the offered answer “quite calm?”"]],
    ["How's it going, really busy?", ["leading the offered answer “really busy?”"]],
    ["How's it going, still hard?", ["leading the offered answer “still hard?”"]],
    ["How's it going, going well?", ["leading the offered answer “going well?”"]],
    ["How's it going, maybe fine?", ["leading the offered answer “maybe fine?”"]],
    ["How's it going, overall?", []],
    ["How's it going, honestly?", []],
    ["How's it going, good news?", []],
    ["How's it going, goodish?", []],
    ["How's it going, all good", []],
    ["Is it going ok, good?", ["closed"]],
  ])("%j", (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});
