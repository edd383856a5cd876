extension CommandTable {
    /// LaTeX's maths with amsmath, amssymb, mathtools, bm, physics, cancel and
    /// xcolor, the Unicode characters students paste, and plain-text words.
    /// Families follow KaTeX's `src/functions/` (genfrac, font, accent,
    /// operatorname, supsub, styling) and MathJax's physics package.
    public static let standard: CommandTable = {
        var t = CommandTable()
        func add(_ role: Role, _ arity: Arity = .none, _ package: Package, _ names: [String]) {
            for name in names { t.commands[name] = Entry(role, arity, package) }
        }
        func character(_ c: Unicode.Scalar, _ role: Role) { t.characters[c] = Entry(role, .none, .tex) }

        // genfrac: fractions and binomials.
        add(.fraction, .two, .tex, ["frac"])
        add(.fraction, .two, .amsmath, ["dfrac", "tfrac"])
        add(.fraction, Arity(optional: 1, required: 2), .amsmath, ["cfrac"])
        add(.binomial, .two, .amsmath, ["binom", "dbinom", "tbinom"])
        add(.infixFraction, .none, .tex, ["over"])
        add(.infixBinomial, .none, .tex, ["choose"])

        // font, accent, operatorname, bm, physics vectors: transparent decorations.
        add(.decoration, .one, .tex, ["mathbf", "mathrm", "mathit", "mathsf", "mathtt", "mathcal", "mathnormal",
                                      "vec", "hat", "widehat", "bar", "overline", "tilde", "widetilde", "dot", "ddot",
                                      "check", "breve", "acute", "grave", "mathring", "underline", "overrightarrow",
                                      "overleftarrow", "mathstrut", "bf", "rm", "it"])
        add(.decoration, .one, .amssymb, ["mathbb", "mathfrak", "mathscr"])
        add(.decoration, .one, .amsmath, ["boldsymbol", "pmb", "boxed", "underrightarrow", "overleftrightarrow"])
        add(.decoration, Arity(required: 1, star: true), .amsmath, ["operatorname"])
        add(.decoration, .two, .amsmath, ["overset", "underset"])
        add(.decoration, .two, .tex, ["stackrel"])
        add(.brace, .one, .tex, ["underbrace", "overbrace"])
        add(.brace, .one, .mathtools, ["underbracket", "overbracket"])
        add(.decoration, .one, .bm, ["bm"])
        add(.decoration, Arity(required: 1, star: true), .physics, ["vb", "va", "vu"])
        add(.struck, .one, .cancel, ["cancel", "bcancel", "xcancel"])
        add(.struck, .one, .ulem, ["sout", "xout"])
        add(.decoration, .two, .xcolor, ["textcolor"])
        add(.spacing, .one, .xcolor, ["color"])

        // styling and spacing: ignored.
        add(.spacing, .none, .tex, [",", ";", ":", "!", ">", " ", "thinspace", "enspace", "negthinspace", "displaystyle",
                                    "textstyle", "scriptstyle", "scriptscriptstyle", "limits", "nolimits", "hfill",
                                    "nobreakspace", "space", "allowbreak"])
        add(.spacing, .none, .amsmath, ["medspace", "thickspace", "negmedspace", "negthickspace"])
        add(.spacing, Arity(required: 1, star: true), .tex, ["hspace"])
        add(.spacing, .one, .tex, ["phantom", "hphantom", "vphantom"])
        add(.separatingSpace, .none, .tex, ["quad", "qquad"])

        // text.
        add(.text, .one, .tex, ["mbox", "hbox", "textrm", "textit", "textbf", "textsf", "texttt", "textnormal", "textup", "emph"])
        add(.text, .one, .amsmath, ["text"])
        add(.intertext, .one, .amsmath, ["intertext"])
        add(.intertext, .one, .mathtools, ["shortintertext"])

        // relations and implications.
        let relations: [(Role.Relation, [String], Package)] = [
            (.approximately, ["approx"], .tex), (.identical, ["equiv"], .tex), (.notEqual, ["neq", "ne"], .tex),
            (.lessOrEqual, ["le", "leq", "leqslant"], .tex), (.greaterOrEqual, ["ge", "geq", "geqslant"], .tex),
            (.similar, ["sim", "simeq", "cong"], .tex), (.proportional, ["propto"], .tex),
            (.tendsTo, ["to", "rightarrow", "longrightarrow"], .tex), (.mapsTo, ["mapsto", "longmapsto"], .tex),
            (.definedAs, ["coloneqq", "coloneq"], .mathtools), (.definedAs, ["triangleq", "doteq"], .amssymb),
        ]
        for (relation, names, package) in relations { add(.relation(relation), .none, package, names) }
        add(.implication, .none, .tex, ["Rightarrow", "Longrightarrow", "Leftrightarrow", "Longleftrightarrow", "iff"])
        add(.implication, .none, .amsmath, ["implies", "impliedby"])
        add(.implication, .none, .amssymb, ["therefore", "because"])
        character("=", .relation(.equals))
        character("<", .relation(.less))
        character(">", .relation(.greater))

        // binary operations.
        character("+", .operation(.plus))
        character("-", .operation(.minus))
        character("*", .operation(.times))
        character("/", .operation(.divide))
        character("!", .operation(.factorial))
        add(.operation(.times), .none, .tex, ["cdot", "times", "ast", "cdotp", "centerdot", "bullet"])
        add(.operation(.times), .none, .physics, ["vdot", "cross", "cp"])
        add(.operation(.divide), .none, .tex, ["div", "slash"])
        add(.operation(.plusMinus), .none, .tex, ["pm", "mp"])

        // punctuation.
        character(",", .punctuation(.comma))
        character(";", .punctuation(.semicolon))
        character(".", .punctuation(.period))
        character(":", .punctuation(.colon))

        // delimiters.
        character("(", .delimiter(Delimiter(.parenthesis, .open)))
        character(")", .delimiter(Delimiter(.parenthesis, .close)))
        character("[", .delimiter(Delimiter(.bracket, .open)))
        character("]", .delimiter(Delimiter(.bracket, .close)))
        character("|", .delimiter(Delimiter(.vert, .either)))
        let delimiters: [(Delimiter, [String])] = [
            (Delimiter(.brace, .open), ["{", "lbrace"]), (Delimiter(.brace, .close), ["}", "rbrace"]),
            (Delimiter(.angle, .open), ["langle"]), (Delimiter(.angle, .close), ["rangle"]),
            (Delimiter(.bracket, .open), ["lbrack"]), (Delimiter(.bracket, .close), ["rbrack"]),
            (Delimiter(.parenthesis, .open), ["lparen"]), (Delimiter(.parenthesis, .close), ["rparen"]),
            (Delimiter(.vert, .open), ["lvert"]), (Delimiter(.vert, .close), ["rvert"]), (Delimiter(.vert, .either), ["vert"]),
            (Delimiter(.doubleVert, .open), ["lVert"]), (Delimiter(.doubleVert, .close), ["rVert"]),
            (Delimiter(.doubleVert, .either), ["|", "Vert"]),
            (Delimiter(.floor, .open), ["lfloor"]), (Delimiter(.floor, .close), ["rfloor"]),
            (Delimiter(.ceiling, .open), ["lceil"]), (Delimiter(.ceiling, .close), ["rceil"]),
        ]
        for (delimiter, names) in delimiters { add(.delimiter(delimiter), .none, .tex, names) }
        add(.sizing(.left), .none, .tex, ["left"])
        add(.sizing(.right), .none, .tex, ["right"])
        add(.sizing(.middle), .none, .tex, ["middle"])
        add(.sizing(.size), .none, .tex, ["big", "Big", "bigg", "Bigg", "bigl", "bigr", "Bigl", "Bigr", "biggl", "biggr",
                                          "Biggl", "Biggr", "bigm", "Bigm"])

        // environments, rows, annotations.
        add(.begin, .none, .tex, ["begin"])
        add(.end, .none, .tex, ["end"])
        add(.lineBreak, Arity(optional: 1), .tex, ["\\", "newline", "cr"])
        add(.annotation, .one, .tex, ["label", "eqref", "ref", "cline"])
        add(.annotation, Arity(required: 1, star: true), .amsmath, ["tag"])
        add(.annotation, .none, .tex, ["nonumber", "hline"])
        add(.annotation, .none, .amsmath, ["notag"])

        // derivatives and symbols.
        add(.partial, .none, .tex, ["partial"])
        add(.nabla, .none, .tex, ["nabla"])
        add(.nabla, .none, .physics, ["grad"])
        add(.respect, .none, .plain, ["wrt"])
        add(.differential, Arity(optional: 1, extra: 1), .physics, ["dd"])
        add(.derivative(partial: true), Arity(optional: 1, required: 1, extra: 2, star: true), .physics, ["pdv", "partialderivative"])
        add(.derivative(partial: false), Arity(optional: 1, required: 1, extra: 1, star: true), .physics, ["dv", "derivative"])
        add(.largeOperator, .none, .tex, ["sum", "prod", "int", "oint", "coprod", "bigcup", "bigcap"])
        add(.prime, .none, .tex, ["prime"])
        add(.symbol, .none, .tex, ["ell", "infty", "ldots", "cdots", "dots", "vdots", "ddots", "alpha", "beta", "gamma", "delta",
                                   "epsilon", "varepsilon", "theta", "lambda", "mu", "sigma", "tau", "phi", "varphi", "psi",
                                   "omega", "Delta", "Sigma", "Omega", "in", "forall", "exists", "emptyset", "top", "circ",
                                   "cup", "cap", "setminus", "subset", "wedge", "vee", "neg", "lnot", "star"])
        add(.symbol, .none, .amsmath, ["dotsc", "dotsb"])
        add(.functionName, .none, .tex, ["log", "ln", "exp", "max", "min", "sin", "cos", "tan", "arg", "det", "lim", "sup",
                                         "inf", "dim", "ker", "gcd", "Pr", "tanh", "sgn", "mod", "bmod"])
        add(.functionName, .one, .tex, ["pmod"])
        add(.functionName, .none, .physics, ["tr", "Tr", "rank"])
        add(.fenced(.vert), .one, .physics, ["abs", "absolutevalue"])
        add(.fenced(.doubleVert), .one, .physics, ["norm"])
        add(.fenced(.parenthesis), Arity(required: 1, star: true), .physics, ["qty", "quantity"])
        add(.fenced(.parenthesis), .one, .physics, ["pqty"])
        add(.fenced(.bracket), .one, .physics, ["bqty"])
        add(.fenced(.brace), .one, .physics, ["Bqty"])
        add(.fenced(.vert), .one, .physics, ["vqty"])
        add(.define, .none, .tex, ["newcommand", "renewcommand", "providecommand", "def"])
        add(.define, .none, .amsmath, ["DeclareMathOperator"])

        let rows = ["equation", "equation*", "align", "align*", "aligned", "gather", "gather*", "gathered", "multline",
                    "multline*", "split", "flalign", "flalign*", "eqnarray", "eqnarray*", "displaymath", "math", "matrix"]
        for name in rows { t.environments[name] = Environment(.rows, name.hasPrefix("eqn") || name.hasPrefix("displ") || name == "math" ? .tex : .amsmath) }
        for name in ["alignat", "alignat*", "alignedat"] { t.environments[name] = Environment(.rows, arguments: 1, .amsmath) }
        t.environments["array"] = Environment(.rows, arguments: 1, .tex)
        for name in ["pmatrix", "bmatrix", "Bmatrix", "vmatrix", "Vmatrix", "smallmatrix", "cases"] {
            t.environments[name] = Environment(.value, .amsmath)
        }
        for name in ["dcases", "rcases", "cases*", "psmallmatrix", "bsmallmatrix"] { t.environments[name] = Environment(.value, .mathtools) }

        // Unicode maths and other spellings.
        let spellings: [(Unicode.Scalar, Spelling)] = [
            ("\u{2212}", .characters("-")), ("\u{2013}", .characters("-")), ("\u{2217}", .characters("*")),
            // No em dash: between two terms (`f_n — f_p`, Word's AutoCorrect
            // of `--`) it may be a minus or a break; unknown, it is reported.
            ("\u{2032}", .characters("'")), ("\u{2033}", .characters("''")), ("\u{2223}", .characters("|")),
            ("\u{00B7}", .command("cdot")), ("\u{22C5}", .command("cdot")), ("\u{2219}", .command("cdot")),
            ("\u{00D7}", .command("times")), ("\u{00F7}", .command("div")), ("\u{00B1}", .command("pm")),
            ("\u{2202}", .command("partial")), ("\u{2207}", .command("nabla")), ("\u{2113}", .command("ell")),
            ("\u{2211}", .command("sum")),
            // `∂(ΣL)/∂f₁`: the Greek capital sigma is the sum sign students type.
            ("\u{03A3}", .command("sum")), ("\u{2248}", .command("approx")), ("\u{2261}", .command("equiv")),
            ("\u{2260}", .command("neq")), ("\u{2264}", .command("le")), ("\u{2265}", .command("ge")),
            ("\u{21D2}", .command("Rightarrow")), ("\u{27F9}", .command("implies")), ("\u{21D4}", .command("iff")),
            ("\u{2192}", .command("to")), ("\u{27F6}", .command("longrightarrow")),
            // `f₁ ↦ f₅ − f₂`: a sample mapped to its value, as `\mapsto`.
            ("\u{21A6}", .command("mapsto")), ("\u{27FC}", .command("longmapsto")), ("\u{2234}", .command("therefore")), ("\u{2254}", .command("coloneqq")),
            ("\u{27E8}", .command("langle")), ("\u{27E9}", .command("rangle")), ("\u{2329}", .command("langle")),
            ("\u{232A}", .command("rangle")), ("\u{2016}", .command("Vert")),
            // `∥` (parallel), which Word's equation editor offers for a norm's bars.
            ("\u{2225}", .command("Vert")), ("\u{2026}", .command("ldots")),
            ("\u{22EF}", .command("cdots")), ("\u{03B1}", .command("alpha")), ("\u{03BB}", .command("lambda")),
            ("~", .command("nobreakspace")),
            ("\u{20D7}", .accent("vec")), ("\u{20D1}", .accent("vec")), ("\u{0302}", .accent("hat")),
            ("\u{0304}", .accent("bar")), ("\u{0305}", .accent("overline")), ("\u{0303}", .accent("tilde")),
            ("\u{0307}", .accent("dot")), ("\u{0308}", .accent("ddot")), ("\u{0332}", .accent("underline")),
        ]
        for (c, s) in spellings { t.spellings[c] = s }
        for (word, command) in [("grad", "nabla"), ("nabla", "nabla"), ("partial", "partial"), ("sum", "sum"), ("wrt", "wrt")] {
            t.words[word] = .command(command)
        }
        // A Greek letter spelled out in plain text is the letter (`+ alpha`
        // in a loss written in ASCII), not a word of prose.
        for letter in ["alpha", "beta", "gamma", "epsilon", "lambda", "sigma", "theta"] {
            t.words[letter] = .command(letter)
        }
        // "6 choose 3", "n choose k": the binomial coefficient written in
        // words is the infix combination `6 C 3` (binding its two operands,
        // unlike TeX's `\choose`, which splits its whole group).
        t.words["choose"] = .characters("C")
        for (pair, command) in [("=>", "Rightarrow"), ("->", "to"), ("<=", "le"), (">=", "ge")] {
            t.digraphs[pair] = command
        }
        return t
    }()
}
