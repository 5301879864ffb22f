import type { Explainer } from "./explainer";

/** The explainers about trust and following: the vulnerability loop, followership styles, the first follower. */

const vulnerabilityLoop: Explainer = {
  slug: "vulnerability-loop",
  title: "The vulnerability loop",
  summary:
    "Openness comes before trust, not after it. Small exchanges of openness, answered in kind, are how a team grows close.",
  sections: [
    {
      paragraphs: [
        "It is easy to assume people open up once they trust each other. Daniel Coyle, in The Culture Code, describes it the other way round: people come to trust each other by being open first, in small exchanges he calls vulnerability loops.",
      ],
    },
    {
      heading: "How a loop runs",
      steps: [
        "One person signals a vulnerability: a mistake, a doubt, something they do not know.",
        "The other person notices the signal.",
        "They answer with a signal of their own.",
        "The first person notices that answer.",
        "Repeated, the exchange becomes the way the team works, and closeness grows.",
      ],
    },
    {
      heading: "What matters most",
      paragraphs: [
        "The answer matters more than the first signal. A loop left open, such as an admission met with silence or a question brushed aside, pushes people further apart than saying nothing would have.",
        "The strongest signal comes from the person with the most power. When the leader goes first, the team learns that being open is safe here.",
      ],
    },
    {
      heading: "Going first",
      points: [
        "“I got last quarter's estimate wrong. Here is what I would do differently.”",
        "“I am still learning how to run these one-to-ones. What works for you?”",
        "“I do not know the answer. What do you think?”",
      ],
    },
    {
      heading: "In Rapport",
      paragraphs: [
        "You write your own “working with me” manual before you invite your team to write theirs, prompts about how you lead and what you are still learning included. Until you have shared an answer with a team, its page asks you to go first; once you have, its people read your manual on their home and on the team page.",
        "On a conversation's page you record a loop: what you shared first, when they answered in kind, and when you noticed their answer, which closes it. A loop still open 14 days after its signal shows on your home. Only you see these records. Your practice page counts the loops you start and close each month.",
      ],
      links: [
        { to: "/me/audit", label: "Plan a conversation from your audit" },
        { to: "/practice", label: "Your practice figures" },
      ],
    },
  ],
  sources: ["Daniel Coyle, The Culture Code (2018)"],
  related: ["open-questions", "active-listening"],
};

const followershipStyles: Explainer = {
  slug: "followership-styles",
  title: "Followership styles",
  summary:
    "People follow in different ways. Three models give you words for the differences: use them to start conversations, never to diagnose.",
  sections: [
    {
      paragraphs: [
        "A leader sets a direction; followers decide how far to carry it. Knowing how each person prefers to follow tells you what kind of partnership to offer them.",
      ],
    },
    {
      heading: "Kelley: thinking and engagement",
      paragraphs: [
        "Robert Kelley places followers on two axes: how independently and critically they think, and how actively they engage.",
      ],
      points: [
        "Exemplary: high on both. Thinks for themselves and throws themselves in.",
        "Alienated: thinks independently, but holds back their energy.",
        "Conformist: engages fully, but leaves the judgement to the leader.",
        "Passive: low on both; waits to be told.",
        "Pragmatist: in the middle on both; sees which way things go.",
      ],
    },
    {
      paragraphs: [
        "In Rapport, each person can take a self-assessment of twenty statements, ten per axis, answered from 0 to 6; each axis sums to 0–60 (above 40 high, below 20 low). The result is the nearest pattern, with a leaning when one axis is in the middle. It becomes their answer on followership style, seen by whom they choose; they may take it again and keep every result.",
        "Their leader places them on the same axes on their person page, ideally before looking at the result; one written after is marked so, as any belief is. The team map sets the estimates beside the results, an arrow from one to the other. Later studies question whether two axes are enough: hold any label lightly.",
      ],
      links: [{ to: "/me/followership", label: "Take the self-assessment" }],
    },
    {
      heading: "Chaleff: support and challenge",
      paragraphs: [
        "Ira Chaleff crosses support for the leader with willingness to challenge them: partner (high on both), implementer (supports, rarely challenges), individualist (challenges, offers little support) and resource (low on both). He names five courages a follower needs: to take responsibility, to serve, to challenge, to take part in change, and to take a moral stand.",
      ],
    },
    {
      heading: "Kellerman: how engaged",
      paragraphs: [
        "Barbara Kellerman uses one scale, engagement, which can work for the leader or against them: isolates, bystanders, participants, activists and diehards.",
      ],
    },
    {
      heading: "Using them well",
      paragraphs: [
        "Ask rather than label: “When you disagree with a decision, what do you usually do?” Compare your estimate with the person's own view; the gap between them is an assumption worth a conversation.",
      ],
    },
  ],
  sources: [
    "Robert Kelley, “In Praise of Followers” (1988) and The Power of Followership (1992)",
    "Ira Chaleff, The Courageous Follower",
    "Barbara Kellerman, Followership (2008)",
    "Rowell and colleagues (2019)",
  ],
  related: ["first-follower", "assumptions-and-calibration"],
};

const firstFollower: Explainer = {
  slug: "first-follower",
  title: "Starting a movement",
  summary:
    "A direction becomes a movement when others join. The first person to join matters more than you might think.",
  sections: [
    {
      paragraphs: [
        "Derek Sivers tells the story of a crowd forming around one person dancing alone at an outdoor event. His point is less about the dancer than about the people who join, and in what order.",
      ],
    },
    {
      heading: "What the story teaches",
      points: [
        "Be easy to follow, and be willing to look foolish. A simple direction others can copy beats a brilliant one nobody can join.",
        "The first follower turns a lone oddball into a leader. Welcome them as an equal: from then on, it is about the two of you.",
        "Newcomers copy the followers, not the leader. Each person who joins makes the next person's choice easier.",
        "The third person makes a crowd. Momentum builds, until not joining becomes the risky choice.",
        "It has to be visible. People can only follow what they can see.",
        "Following is a form of leadership. Joining early, and showing others how, takes nerve.",
      ],
    },
    {
      heading: "In Rapport",
      paragraphs: [
        "Going first is where Rapport starts too: you write your own manual before you ask your people to write theirs, and they read it on the team page. Where your view of someone differs from what they say of themselves, you were assuming: ask.",
      ],
    },
  ],
  sources: ["Derek Sivers, “How to start a movement” (2010)"],
  related: ["followership-styles", "vulnerability-loop"],
};

export const FOLLOWING_EXPLAINERS: readonly Explainer[] = [
  vulnerabilityLoop,
  followershipStyles,
  firstFollower,
];
