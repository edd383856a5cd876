#ifndef COURSECHECK_CGSL_SHIM_H
#define COURSECHECK_CGSL_SHIM_H

// Inline accessors (gsl_matrix_get and friends) without range checks: the
// Swift wrappers validate shapes once, at the boundary.
#define HAVE_INLINE 1
#define GSL_RANGE_CHECK 0

#include <gsl/gsl_version.h>
#include <gsl/gsl_errno.h>
#include <gsl/gsl_math.h>
#include <gsl/gsl_deriv.h>
#include <gsl/gsl_rng.h>
#include <gsl/gsl_randist.h>
#include <gsl/gsl_permutation.h>
#include <gsl/gsl_combination.h>
#include <gsl/gsl_sf_gamma.h>
#include <gsl/gsl_vector.h>
#include <gsl/gsl_matrix.h>
#include <gsl/gsl_blas.h>
#include <gsl/gsl_cdf.h>


// OpenBLAS's thread count (openblas_config.h declares these; declared here so
// that no OpenBLAS header is needed beyond GSL's CBLAS interface).
void openblas_set_num_threads(int num_threads);
int openblas_get_num_threads(void);

#endif
