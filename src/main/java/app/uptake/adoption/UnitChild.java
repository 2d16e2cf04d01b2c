package app.uptake.adoption;

import app.uptake.organization.OrgUnit;

/** A unit directly below another, with its adoption in the week asked about. */
public record UnitChild(OrgUnit unit, GroupFigure figure) {
}
