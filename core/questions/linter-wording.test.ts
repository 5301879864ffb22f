import { describe, expect, it } from "vitest";
import { lintQuestion } from "./linter";
import { findings } from "./linter-testing";

/** Every tag, steering word, advice phrase and loaded word, one example each, with the cue it names. */

describe("tag questions are leading, not closed", () => {
  it.each([
    ["It went fine, right?", ["leading the tag “right?”"]],
    ["It went fine, correct?", ["leading the tag “correct?”"]],
    ["It went fine, yes?", ["leading the tag “yes?”"]],
    ["It went fine, no?", ["leading the tag “no?”"]],
    ["It went fine, yeah?", ["leading the tag “yeah?”"]],
    ["It went fine, yep?", ["leading the tag “yep?”"]],
    ["It went fine, ok?", ["leading the tag “ok?”"]],
    ["It went fine, okay?", ["leading the tag “okay?”"]],
    ["It went fine, true?", ["leading the tag “true?”"]],
    ["It went fine, agreed?", ["leading the tag “agreed?”"]],
    ["It went fine, huh?", ["leading the tag “huh?”"]],
    ["It went fine, eh?", ["leading the tag “eh?”"]],
    ["It went fine, did it?", ["leading the tag “did it?”"]],
    ["They left, didn't they?", ["leading the tag “didn't they?”"]],
    ["You agree, don't you?", ["leading the tag “don't you?”"]],
    ["We agreed, didnt we?", ["leading the tag “didnt we?”"]],
    ["She left, did she?", ["leading the tag “did she?”"]],
    ["He left, did he?", ["leading the tag “did he?”"]],
    ["I did it, didn't I?", ["leading the tag “didn't I?”"]],
    ["That worked, didn't that?", ["leading the tag “didn't that?”"]],
    ["This helps, doesn't this?", ["leading the tag “doesn't this?”"]],
    ["There was a plan, wasn't there?", ["leading the tag “wasn't there?”"]],
    ["You're in, am I right?", ["leading the tag “am I right?”"]],
    ["You're in, aren't I right?", ["leading the tag “aren't I right?”"]],
    ["You're in, am I wrong?", ["closed"]],
    ["It went fine, did it not?", ["closed"]],
    ["It went fine, did Sam?", ["closed"]],
    ["It went fine, right", ["leading the tag “right?”"]],
    ["It went fine right?", ["leading the tag “right?”"]],
    ["What happened, right?", ["leading the tag “right?”"]],
    ["What happened right?", []],
    ["It went fine, maybe?", ["leading the statement “It went fine, maybe?”"]],
  ])("%j", (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe("steering words are leading wherever they stand", () => {
  it.each([
    ["Surely that helps?", ["leading “surely”"]],
    ["Of course it helps?", ["leading “of course”"]],
    ["Undoubtedly it helps?", ["leading “undoubtedly”"]],
    ["Needless to say it helps?", ["leading “needless to say”"]],
    ["What stood out, don't you think?", ["leading “don't you think”"]],
    ["What stood out, dont you think?", ["leading “dont you think”"]],
    ["Wouldn't you agree it helps?", ["closed", "leading “wouldn't you agree”"]],
    ["Wouldnt you agree it helps?", ["closed", "leading “wouldnt you agree”"]],
    ["Would you agree it helps?", ["closed", "leading “would you agree”"]],
    ["Wouldn't you say it helps?", ["closed", "leading “wouldn't you say”"]],
    ["Don't you agree it helps?", ["closed", "leading “don't you agree”"]],
    ["You'd agree it helps?", ["leading “you'd agree”"]],
    ["You would agree it helps?", ["leading “you would agree”"]],
    ["Isn't it true it helps?", ["closed", "leading “isn't it true”"]],
    ["Admit it, what went wrong?", ["leading “admit it”"]],
    ["You must be tired of it?", ["leading “you must be”"]],
    ["You must feel proud?", ["leading “you must feel”"]],
    ["How clearly do you see it?", []],
    ["Clearly, what went wrong?", ["leading “clearly”"]],
    ["What went wrong (obviously)?", ["leading “obviously”"]],
    ["What went wrong; naturally?", ["leading “naturally”"]],
    ["What went wrong - clearly?", ["leading “clearly”"]],
    ["What went wrong: obviously?", ["leading “obviously”"]],
    ["What went wrong — obviously?", ["leading “obviously”"]],
    ["What went wrong – obviously?", ["leading “obviously”"]],
    ["Obviously what went wrong?", ["leading “obviously”"]],
    ["What naturally follows from it?", ["leading “naturally”"]],
    ["What is clearly defined?", []],
    ["What is clearly written?", []],
    ["What did you explain clearly?", []],
    ["What is clearly at stake?", []],
    ["What is clearly in scope?", []],
    ["What is clearly on track?", []],
    ["What is clearly to blame?", ["loaded blame"]],
    ["What is clearly with us?", []],
    ["What is clearly for you?", []],
    ["What is clearly about you?", []],
    ["What was clearly when it happened?", []],
    ["What is clearly enough?", []],
    ["What is clearly from them?", []],
    ["What is clearly than that?", []],
    ["What is clearly as planned?", []],
    ["Where do you think clearly and work fast?", ["double_barreled"]],
    ["Where do you think clearly or fast?", ["double_barreled"]],
    ["Where do you think clearly but slowly?", []],
    ["What was obviously the plan?", ["leading “obviously”"]],
    ["What obviously mattered?", []],
    ["What clearly stood out for you?", ["leading “clearly”"]],
    ["What did you do, clearly?", ["leading “clearly”"]],
    ["What comes naturally?", []],
    ["How obviously did it show?", []],
  ])("%j", (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe("advice dressed as a question", () => {
  it.each([
    ["Have you tried a shorter stand-up?", ["closed", "advice Have you tried…"]],
    ["Have you considered a shorter stand-up?", ["closed", "advice Have you considered…"]],
    ["Have you thought about a shorter stand-up?", ["closed", "advice Have you thought about…"]],
    ["Have you thought of a shorter stand-up?", ["closed", "advice Have you thought of…"]],
    ["Have you looked into a shorter stand-up?", ["closed", "advice Have you looked into…"]],
    ["Did you try a shorter stand-up?", ["closed", "advice Did you try…"]],
    ["Did you consider a shorter stand-up?", ["closed", "advice Did you consider…"]],
    ["Ever considered a shorter stand-up?", ["advice Ever considered…"]],
    ["Ever thought about a shorter stand-up?", ["advice Ever thought about…"]],
    ["Ever thought of a shorter stand-up?", ["advice Ever thought of…"]],
    ["Shouldn't we cut the stand-up?", ["closed", "advice Shouldn't we…"]],
    ["Shouldnt you cut the stand-up?", ["closed", "advice Shouldnt you…"]],
    ["Should you not cut the stand-up?", ["closed", "advice Should you not…"]],
    ["So why not cut the stand-up?", ["why", "advice Why not…"]],
    ["Could you just cut the stand-up?", ["closed", "advice Could you just…"]],
    ["Can we simply cut the stand-up?", ["closed", "advice Can we simply…"]],
    ["Can't you simply cut the stand-up?", ["closed", "advice Can't you simply…"]],
    ["Wouldnt it be easier to cut the stand-up?", ["closed", "advice Wouldnt it be easier…"]],
    ["Would it help to cut the stand-up?", ["closed", "advice Would it help to…"]],
    ["Would it be better to cut the stand-up?", ["closed", "advice Would it be better to…"]],
    ["Would it be easier if we cut the stand-up?", ["closed", "advice Would it be easier if…"]],
    ["Would it make sense to cut the stand-up?", ["closed", "advice Would it make sense to…"]],
    ["Maybe you could cut the stand-up?", ["advice Maybe you could…"]],
    ["Maybe you should cut the stand-up?", ["advice Maybe you should…"]],
    ["What if you cut the stand-up?", ["advice What if you cut…"]],
    ["What if you could cut the stand-up?", []],
    ["What if you had more time?", []],
    ["What if you were in charge?", []],
    ["What if you knew the answer?", []],
    ["What if you couldn't travel?", []],
    ["What if you didn't have to?", []],
    ["What if you weren't on call?", []],
    ["You should cut the stand-up, what do you think?", ["advice You should…"]],
    ["You need to cut the stand-up, what do you think?", ["advice You need to…"]],
    ["You ought to cut the stand-up, what do you think?", ["advice You ought to…"]],
    ["You'd better cut the stand-up, what do you think?", ["advice You'd better…"]],
    ["You might want to cut the stand-up, what do you think?", ["advice You might want to…"]],
    ["You could try a shorter stand-up, what do you think?", ["advice You could try…"]],
    ["Try cutting the stand-up?", ["advice Try cutting…"]],
    ["Maybe try cutting the stand-up?", ["advice Maybe try cutting…"]],
    ["Perhaps you should cut the stand-up?", ["advice Perhaps you should…"]],
    ["So you should cut the stand-up?", ["advice You should…"]],
    ["What do you think, and you should cut the stand-up?", ["advice You should…", "double_barreled"]],
    ["What do you think, but try cutting it?", ["advice Try cutting…"]],
    ["What do you think, well you should cut it?", ["advice You should…"]],
    ["What do you think, ok you should cut it?", ["advice You should…"]],
    ["What do you think, okay you should cut it?", ["advice You should…"]],
    ["What do you think, then you should cut it?", ["advice You should…"]],
    ["What do you think, or you should cut it?", ["advice You should…", "forced_choice"]],
    ["What about the budget?", ["advice What about…"]],
    ["How about the budget?", ["advice How about…"]],
    ["What about you?", []],
    ["What about yourself?", []],
    ["What about yours?", []],
    ["What about yourselves?", []],
    ["What about you??", []],
    ["How about we cut the stand-up?", ["advice How about…"]],
    ["What about I take the lead?", ["advice What about…"]],
    ["What about you and Sam?", ["double_barreled"]],
    ["What about the role do you enjoy?", []],
    ["What about the role is hard?", []],
    ["What about the role makes you proud?", []],
    ["What about the role matters?", []],
    ["What about the role keeps you here?", []],
    ["What about the role gives you energy?", []],
    ["What about the role they offered?", []],
    ["What about the role she took?", []],
    ["What about asking Sam?", ["advice What about…"]],
    ["What about it? I wonder.", ["advice What about…"]],
    ["What about Friday?", ["advice What about…"]],
    ["Whatabout the plan?", []],
    ["Would it be worth if we cut the stand-up?", ["closed", "advice Would it be worth if…"]],
    ["Couldnt you just cut the stand-up?", ["closed", "advice Couldnt you just…"]],
  ])("%j", (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe("loaded words", () => {
  it.each([
    ["What happened, always?", ["loaded always"]],
    ["What never works?", ["loaded never"]],
    ["What constantly slows you?", ["loaded constantly"]],
    ["What happens every single time?", ["loaded every single time"]],
    ["What was the failure?", ["loaded failure"]],
    ["What were the failures?", ["loaded failures"]],
    ["Whose fault is it?", ["loaded fault"]],
    ["What are your faults?", ["loaded faults"]],
    ["Who is blamed?", ["loaded blamed"]],
    ["Who takes the blame?", ["loaded blame"]],
    ["Who blames whom?", ["loaded blames"]],
    ["Why are you blaming Sam?", ["why", "loaded blaming"]],
    ["What makes you lazy?", ["loaded lazy"]],
    ["Where does the laziness come from?", ["loaded laziness"]],
    ["What is your excuse?", ["loaded excuse"]],
    ["What excuses do you hear?", ["loaded excuses"]],
    ["Excuse me, what happened?", []],
    ["What made it incompetent?", ["loaded incompetent"]],
    ["Where does incompetence show?", ["loaded incompetence"]],
    ["Was it careless?", ["closed", "loaded careless"]],
    ["What felt useless?", ["loaded useless"]],
    ["Who dropped the ball?", ["loaded dropped the ball"]],
    ["Who screwed up?", ["loaded screwed up"]],
    ["What is the problem with you?", ["loaded problem with you"]],
    ["What is wrong with you?", ["loaded wrong with you"]],
    ["What sort of failure?", ["loaded failure"]],
    ["Alwaysness?", []],
  ])("%j", (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });

  it("tells an absolute, a blame and a judgement apart, in the message and the suggestion", () => {
    expect(lintQuestion("What never works?").findings).toEqual([
      {
        code: "loaded",
        message:
          "“never” is an absolute: it sums the person up before they answer, so they defend or hunt for the exception.",
        suggestion: "Drop “never” and ask about one specific time: “Tell me about a recent time when…”",
      },
    ]);
    expect(lintQuestion("Who takes the blame?").findings).toEqual([
      {
        code: "loaded",
        message:
          "“blame” passes judgement before they answer, so people defend themselves rather than reflect.",
        suggestion: "Ask what happened, not whose fault it was: “What happened, from where you stood?”",
      },
    ]);
    expect(lintQuestion("What FELT useless?").findings).toEqual([
      {
        code: "loaded",
        message:
          "“useless” passes judgement before they answer, so people defend themselves rather than reflect.",
        suggestion:
          "Replace “useless” with a neutral description of what you saw, e.g. “What happened on Tuesday?”",
      },
    ]);
    for (const text of [
      "Whose fault is it?",
      "Whose faults?",
      "Who is blamed?",
      "Who blames whom?",
      "Why are you blaming Sam?",
    ]) {
      expect(lintQuestion(text).findings.at(-1)?.suggestion, text).toMatch(
        /^Ask what happened, not whose fault/,
      );
    }
    for (const text of [
      "What always works?",
      "What constantly slows you?",
      "What happens every single time?",
    ]) {
      expect(lintQuestion(text).findings.at(-1)?.message, text).toMatch(/is an absolute/);
    }
  });
});

describe("advice phrases that ask what they did, hand the turn over, or end a tag", () => {
  it.each([
    ["What have you tried so far?", []],
    ["Which options have you considered?", []],
    ["Who have you thought about asking?", []],
    ["How have you looked into it?", []],
    ["Where did you try first?", []],
    ["When did you consider it?", []],
    ["What else have you tried?", []],
    ["What's up, have you tried it?", ["advice Have you tried…"]],
    ["What's up. Have you tried it?", ["closed", "advice Have you tried…"]],
    ["What's up; have you tried it?", ["closed", "advice Have you tried…"]],
    ["What's up: have you tried it?", ["advice Have you tried…"]],
    ["What's up? Have you tried it?", ["closed", "advice Have you tried…", "stacked"]],
    ["What's up! Have you tried it?", ["closed", "advice Have you tried…"]],
    ["What's up \u2013 have you tried it?", ["advice Have you tried…"]],
    ["What's up \u2014 have you tried it?", ["advice Have you tried…"]],
    ["Somewhat have you tried it?", ["advice Have you tried…"]],
    ["What if we tried a shorter stand-up?", ["advice What if we tried…"]],
    ["What if we had more time?", []],
    ["What if they tried it?", []],
    ["It might be worth asking Sam?", ["advice Might be worth asking…"]],
    ["Could be worth a try?", ["advice Could be worth a try…"]],
    ["Would be worth a shot?", ["advice Would be worth a shot…"]],
    ["It may be worth trying?", ["advice May be worth trying…"]],
    ["What might be worth keeping?", []],
    ["It might be worth it?", []],
    ["You should be proud of this: what made it work?", []],
    ["You should be pleased, what made it work?", []],
    ["You should be glad, what made it work?", []],
    ["You should be happy, what made it work?", []],
    ["You should be chuffed, what made it work?", []],
    ["You should be thrilled, what made it work?", []],
    ["You should be really proud, what made it work?", []],
    ["You should be very proud, what made it work?", []],
    ["You should be so proud, what made it work?", []],
    ["You should be careful, what do you think?", ["advice You should…"]],
    ["You should be proudly loud, what do you think?", ["advice You should…"]],
    ["How about you, how's your week been?", []],
    ["What about you: how's your week been?", []],
    ["What about you \u2013 how's your week been?", []],
    ["What about you \u2014 how's your week been?", []],
    ["What about you - how's your week been?", []],
    ["What about you lot?", ["advice What about…"]],
    ["We should ship on Friday, shouldn't we?", ["leading the tag “shouldn't we?”"]],
    ["We ship on Friday, shouldn't you?", ["leading the tag “shouldn't you?”"]],
    ["Shouldn't we ship on Friday?", ["closed", "advice Shouldn't we…"]],
    ["Shouldn't we ship, right?", ["closed", "leading the tag “right?”", "advice Shouldn't we…"]],
  ])("%j", (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});

describe("a statement that ends in a tag, with or without its question mark", () => {
  it.each([
    ["you're happy with the plan right", ["leading the tag “right?”"]],
    ["we're aligned on this yeah", ["leading the tag “yeah?”"]],
    ["we're aligned on this yep", ["leading the tag “yep?”"]],
    ["we're aligned on this innit", ["leading the tag “innit?”"]],
    ["we're aligned on this correct", ["leading the tag “correct?”"]],
    ["we're aligned on this yes", []],
    ["The plan works right", ["leading the tag “right?”"]],
    ...[
      "The plan feels right",
      "The plans feel right",
      "The plan felt right",
      "The plan seems right",
      "The plans seem right",
      "The plan seemed right",
      "The plan sounds right",
      "The plans sound right",
      "The plan sounded right",
      "The plan looks right",
      "The plans look right",
      "The plan looked right",
      "The plan is right",
      "The plan was correct",
      "The plans are right",
      "The plans were right",
      "The plan will be right",
      "The plan has been right",
      "It is all right",
      "That's correct",
      "It's right",
      "You're right",
      "I'm right",
      "We're right",
      "They're right",
    ].map((text): [string, string[]] => [text, []]),
    ["The plan feels right?", ["leading the tag “right?”"]],
    ["Turn right", []],
    ["what happened right", []],
    ["You're happy with the plan", []],
  ])("%j", (text, expected) => {
    expect(findings(text)).toEqual(expected);
  });
});
