package org.openconsultation.examples.portal.web;

import io.javalin.Javalin;
import io.javalin.http.Context;
import org.openconsultation.examples.seed.DemoPerson;

/**
 * The demo sign-in page, where a person picks who to be, and sign-out. A host replaces both with
 * its own login (see {@link org.openconsultation.examples.portal.identity.DemoSignIn}).
 */
final class SignInPages {

  private final Site site;

  private SignInPages(Site site) {
    this.site = site;
  }

  static void install(Javalin app, Site site) {
    SignInPages pages = new SignInPages(site);
    app.get("/signin", pages::form);
    app.post("/signin", pages::signIn);
    app.post("/signout", pages::signOut);
  }

  private void form(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    visit.render(
        "signin.jte",
        visit.page(visit.texts().get("signin.title"), "signin"),
        site.signIn().people());
  }

  private void signIn(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    String id = visit.forms().required("person", s -> s);
    DemoPerson person = site.signIn().signIn(id, visit.texts().locale());
    visit.switchPerson(person);
    visit.done("signin.done", "/c/" + site.demo().slug(), person.displayName());
  }

  private void signOut(Context ctx) {
    Visit visit = Visit.of(ctx, site);
    visit.switchPerson(null);
    visit.done("signin.signed-out", "/c/" + site.demo().slug());
  }
}
